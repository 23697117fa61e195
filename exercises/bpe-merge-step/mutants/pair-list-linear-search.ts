// expect: time-limit-exceeded — keeps the pair counts in an array and finds each pair with a linear search: O(symbols · distinct pairs) instead of O(symbols) with a hash map
export function bpeMerge(words: string[][], counts: number[]): { pair: [string, string] | null; words: string[][] } {
  const pairs: { a: string; b: string; n: number }[] = [];
  words.forEach((s, w) => {
    for (let i = 0; i + 1 < s.length; i++) {
      const a = s[i]!, b = s[i + 1]!;
      const entry = pairs.find((p) => p.a === a && p.b === b);
      if (entry) entry.n += counts[w]!;
      else pairs.push({ a, b, n: counts[w]! });
    }
  });
  let best: { a: string; b: string; n: number } | null = null;
  for (const e of pairs) if (best === null || e.n > best.n || (e.n === best.n && (e.a < best.a || (e.a === best.a && e.b < best.b)))) best = e;
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
