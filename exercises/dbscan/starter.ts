/**
 * Density-based clustering. Returns one label per point: a cluster number 0, 1, 2, ...
 * (numbered in order of each cluster's lowest-index core point) or -1 for noise.
 * A point's neighbourhood is every point (itself included) within Euclidean distance eps;
 * a core point has at least minPts points in its neighbourhood.
 */
export function dbscan(points: number[][], eps: number, minPts: number): number[] {
  // Your code here.
  return points.map(() => -1);
}
