export interface Split {
  /** The feature (column of X) to test. */
  feature: number;
  /** Samples with X[i][feature] <= threshold go left, the others right. */
  threshold: number;
  /** Impurity of the node minus the size-weighted impurity of the two children. */
  gain: number;
}

/**
 * The split of one decision-tree node with the largest impurity decrease, or null when no
 * split decreases it by more than 1e-9. Thresholds are midpoints between consecutive
 * distinct values of a feature; entropy is in bits.
 */
export function bestSplit(X: number[][], y: number[], criterion: "gini" | "entropy"): Split | null {
  // Your code here.
  return null;
}
