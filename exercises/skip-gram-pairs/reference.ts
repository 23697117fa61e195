// For each centre position, the context positions are the ones within `window`, clipped
// to the sentence: O(total pairs) time, which is also the size of the output.
export function skipGramPairs(sentences: string[][], window: number): [string, string][] {
  const pairs: [string, string][] = [];
  for (const words of sentences) {
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const centre = words[i]!;
      const from = Math.max(0, i - window);
      const to = Math.min(n - 1, i + window);
      for (let j = from; j <= to; j++) {
        if (j !== i) pairs.push([centre, words[j]!]);
      }
    }
  }
  return pairs;
}
