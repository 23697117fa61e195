export interface GdOptions {
  learningRate: number;
  iterations: number;
  /** L2 penalty on the weights (not the bias); default 0. */
  l2?: number;
}

/**
 * Fits binary logistic regression by full-batch gradient descent from w = 0, b = 0:
 * each iteration computes the gradient of the mean log loss (+ l2/2 · |w|²) at the
 * current w and b, then updates both at once.
 */
export function logisticRegression(X: number[][], y: number[], options: GdOptions): { weights: number[]; bias: number } {
  // Your code here.
  return { weights: new Array(X[0]?.length ?? 0).fill(0), bias: 0 };
}
