/**
 * Clusters `points` (n x d) into `k` groups with Lloyd's algorithm, starting from
 * `options.init` when given. Returns the final centroids (k x d) and, for every point,
 * the index of its nearest centroid.
 */
export function kmeans(
  points: number[][],
  k: number,
  options?: { init?: number[][]; maxIter?: number },
): { centroids: number[][]; labels: number[] } {
  // Your code here.
  return { centroids: [], labels: [] };
}
