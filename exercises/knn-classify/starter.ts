/**
 * Predicts a label for every query by a majority vote of its k nearest training points
 * (squared Euclidean distance). Distance ties: the smaller training index is nearer.
 * Vote ties: the smallest label wins.
 */
export function knnClassify(trainX: number[][], trainY: number[], queries: number[][], k: number): number[] {
  // Your code here.
  return queries.map(() => 0);
}
