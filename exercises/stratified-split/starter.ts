/**
 * Splits the indices 0..n-1 into train and test so that every class keeps its share:
 * class c sends Math.round(testFraction * count(c)) of its members to test, taking them in
 * the order they appear in `order` (a permutation of 0..n-1). Both lists follow `order`.
 */
export function stratifiedSplit(labels: number[], testFraction: number, order: number[]): { train: number[]; test: number[] } {
  // Your code here.
  return { train: [], test: [] };
}
