export interface PcaResult {
  /** k unit vectors of length d, by decreasing variance; each one's largest-|value| entry is positive. */
  components: number[][];
  /** The variance along each component (eigenvalues of the sample covariance, n - 1 denominator). */
  explainedVariance: number[];
  /** Each variance divided by the total variance (the trace of the covariance). */
  explainedVarianceRatio: number[];
}

/** The top-k principal components of the rows of X. */
export function pca(X: number[][], k: number): PcaResult {
  // Your code here.
  const d = X[0]?.length ?? 0;
  return {
    components: Array.from({ length: k }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0))),
    explainedVariance: new Array(k).fill(0),
    explainedVarianceRatio: new Array(k).fill(0),
  };
}
