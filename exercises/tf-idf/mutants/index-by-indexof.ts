// expect: time-limit-exceeded — finds each token's vocabulary index with indexOf, a linear scan of up to 60,000 words per token: O(V · T)
// Document frequencies in one pass with a Map (not a plain object: tokens such as
// "constructor" or "__proto__" would collide with Object.prototype), then per document a
// Map from vocabulary index to count. O(T + V log V + Σ_d u_d log u_d) for T tokens, V
// distinct tokens and u_d distinct tokens in document d.
export function tfidf(docs: string[][]): { vocabulary: string[]; indices: number[][]; values: number[][] } {
  const n = docs.length;
  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const token of new Set(doc)) df.set(token, (df.get(token) ?? 0) + 1);
  }
  const vocabulary = [...df.keys()].sort();
  const column = new Map<string, number>();
  const idf = new Float64Array(vocabulary.length);
  vocabulary.forEach((token, j) => {
    column.set(token, j);
    idf[j] = Math.log((1 + n) / (1 + df.get(token)!)) + 1;
  });
  const indices: number[][] = [], values: number[][] = [];
  for (const doc of docs) {
    const counts = new Map<number, number>();
    for (const token of doc) {
      const j = vocabulary.indexOf(token);
      counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const cols = [...counts.keys()].sort((a, b) => a - b);
    const weights = cols.map((j) => counts.get(j)! * idf[j]!);
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm);
    indices.push(cols);
    values.push(weights.map((w) => w / norm));
  }
  return { vocabulary, indices, values };
}
