// expect: wrong-answer — breaks ties by comparing the joined strings a + b, so ("ab", "a") beats ("a", "bc") although its left symbol "ab" is larger than "a"
export function bpeMerge(words: string[][], counts: number[]): { pair: [string, string] | null; words: string[][] } {
  const freq = new Map<string, { a: string; b: string; n: number }>();
  words.forEach((s, w) => {
    for (let i = 0; i + 1 < s.length; i++) {
      const key = s[i] + " " + s[i + 1];
      const entry = freq.get(key) ?? { a: s[i]!, b: s[i + 1]!, n: 0 };
      entry.n += counts[w]!;
      freq.set(key, entry);
    }
  });
  let best: { a: string; b: string; n: number } | null = null;
  for (const e of freq.values()) if (best === null || e.n > best.n || (e.n === best.n && e.a + e.b < best.a + best.b)) best = e;
  if (best === null) return { pair: null, words: words.map((s) => [...s]) };
  const { a, b } = best;
  return {
    pair: [a, b],
    words: words.map((s) => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        if (i + 1 < s.length && s[i] === a && s[i + 1] === b) { out.push(a + b); i++; } else out.push(s[i]!);
      }
      return out;
    }),
  };
}
