// expect: wrong-answer — uses idf = ln(n / df) + 1 (scikit-learn with smooth_idf=False) instead of the smoothed ln((1 + n) / (1 + df)) + 1
export function tfidf(docs: string[][]): { vocabulary: string[]; indices: number[][]; values: number[][] } {
  const n = docs.length;
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = [...df.keys()].sort();
  const col = new Map(vocabulary.map((t, j) => [t, j] as const));
  const indices: number[][] = [], values: number[][] = [];
  for (const doc of docs) {
    const counts = new Map<number, number>();
    for (const t of doc) counts.set(col.get(t)!, (counts.get(col.get(t)!) ?? 0) + 1);
    const cols = [...counts.keys()].sort((a, b) => a - b);
    const w = cols.map((j) => counts.get(j)! * (Math.log(n / df.get(vocabulary[j]!)!) + 1));
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    indices.push(cols);
    values.push(w.map((x) => (norm === 0 ? 0 : x / norm)));
  }
  return { vocabulary, indices, values };
}
