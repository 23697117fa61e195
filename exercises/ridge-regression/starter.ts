/**
 * Least-squares linear regression with an intercept and an optional ridge (L2) penalty
 * `lambda` (default 0) on the weights, solved exactly through the normal equations.
 * The intercept is not penalised.
 */
export function ridgeRegression(X: number[][], y: number[], lambda?: number): { weights: number[]; intercept: number } {
  // Your code here.
  return { weights: new Array(X[0]?.length ?? 0).fill(0), intercept: 0 };
}
