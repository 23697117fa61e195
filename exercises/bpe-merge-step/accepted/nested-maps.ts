// accepted — pair counts in a Map of Maps (left symbol, then right), the best pair found by sorting the tied ones
export function bpeMerge(words: string[][], counts: number[]): { pair: [string, string] | null; words: string[][] } {
  const freq = new Map<string, Map<string, number>>();
  for (let w = 0; w < words.length; w++) {
    const s = words[w]!;
    for (let i = 0; i + 1 < s.length; i++) {
      let inner = freq.get(s[i]!);
      if (!inner) freq.set(s[i]!, (inner = new Map()));
      inner.set(s[i + 1]!, (inner.get(s[i + 1]!) ?? 0) + counts[w]!);
    }
  }
  let top = 0;
  for (const inner of freq.values()) for (const n of inner.values()) top = Math.max(top, n);
  const tied: [string, string][] = [];
  for (const [a, inner] of freq) for (const [b, n] of inner) if (n === top) tied.push([a, b]);
  if (tied.length === 0) return { pair: null, words: words.map((s) => [...s]) };
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  tied.sort((p, q) => cmp(p[0], q[0]) || cmp(p[1], q[1]));
  const [a, b] = tied[0]!;
  const merged = words.map((s) => {
    const out: string[] = [];
    let i = 0;
    while (i < s.length) {
      if (i + 1 < s.length && s[i] === a && s[i + 1] === b) { out.push(a + b); i += 2; } else { out.push(s[i]!); i += 1; }
    }
    return out;
  });
  return { pair: [a, b], words: merged };
}
