/**
 * Area under the ROC curve of `scores` against binary `labels` (0 or 1).
 * Tied scores count half. Returns NaN when only one class is present.
 */
export function rocAuc(labels: number[], scores: number[]): number {
  // Your code here.
  return 0;
}
