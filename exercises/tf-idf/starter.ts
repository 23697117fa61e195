/**
 * TF-IDF vectors of tokenised documents, as sparse rows.
 * vocabulary: the distinct tokens, sorted with Array.prototype.sort() (UTF-16 code unit order).
 * indices[d]: the vocabulary indices of document d's distinct tokens, ascending;
 * values[d][j]: the weight of vocabulary[indices[d][j]] in document d:
 *   count * (ln((1 + n) / (1 + df)) + 1), each row scaled to unit Euclidean length.
 */
export function tfidf(docs: string[][]): { vocabulary: string[]; indices: number[][]; values: number[][] } {
  // Your code here.
  return { vocabulary: [], indices: docs.map(() => []), values: docs.map(() => []) };
}
