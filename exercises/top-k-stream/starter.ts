/**
 * scores[i] is the score of the i-th item to arrive. Returns the indices of the k
 * highest-scoring items, best first; equal scores rank the earlier item first.
 */
export function topK(scores: number[], k: number): number[] {
  // Your code here.
  return [];
}
