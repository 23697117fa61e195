// Count pairs in a map keyed by "left right" (symbols contain no spaces), pick the best
// pair with one scan, then rewrite only the words that contain it: O(total symbols).
export function bpeMerge(words: string[][], counts: number[]): { pair: [string, string] | null; words: string[][] } {
  const freq = new Map<string, number>();
  for (let w = 0; w < words.length; w++) {
    const s = words[w]!;
    const c = counts[w]!;
    for (let i = 0; i + 1 < s.length; i++) {
      const key = s[i]! + " " + s[i + 1]!;
      freq.set(key, (freq.get(key) ?? 0) + c);
    }
  }
  let best: [string, string] | null = null;
  let bestCount = -Infinity;
  for (const [key, c] of freq) {
    const space = key.indexOf(" ");
    const a = key.slice(0, space), b = key.slice(space + 1);
    if (c > bestCount || (c === bestCount && best !== null && (a < best[0] || (a === best[0] && b < best[1])))) {
      best = [a, b];
      bestCount = c;
    }
  }
  if (best === null) return { pair: null, words: words.map((s) => s.slice()) };
  const [a, b] = best;
  const merged = a + b;
  const out = words.map((s) => {
    const result: string[] = [];
    for (let i = 0; i < s.length; i++) {
      if (i + 1 < s.length && s[i] === a && s[i + 1] === b) {
        result.push(merged);
        i++;
      } else {
        result.push(s[i]!);
      }
    }
    return result;
  });
  return { pair: best, words: out };
}
