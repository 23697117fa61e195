/**
 * Returns, for every node, the fewest edges on a path from `source` to it,
 * or -1 when it cannot be reached. graph[u] lists the out-neighbours of u.
 */
export function shortestPaths(graph: number[][], source: number): number[] {
  // Your code here.
  return [];
}
