// accepted — a count Map per document, document frequencies from those Maps' keys, then sparse rows sorted by column
export function tfidf(docs: string[][]): { vocabulary: string[]; indices: number[][]; values: number[][] } {
  const perDoc = docs.map((doc) => {
    const counts = new Map<string, number>();
    for (const t of doc) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of perDoc) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = Array.from(df.keys()).sort();
  const index = new Map(vocabulary.map((t, i) => [t, i] as [string, number]));
  const n = docs.length;
  const indices: number[][] = [], values: number[][] = [];
  for (const counts of perDoc) {
    const row = Array.from(counts, ([t, c]) => ({ col: index.get(t)!, w: c * (Math.log((1 + n) / (1 + df.get(t)!)) + 1) }));
    row.sort((a, b) => a.col - b.col);
    const length = Math.sqrt(row.reduce((s, e) => s + e.w * e.w, 0));
    indices.push(row.map((e) => e.col));
    values.push(row.map((e) => e.w / length));
  }
  return { vocabulary, indices, values };
}
