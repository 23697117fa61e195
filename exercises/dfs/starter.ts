/**
 * Returns the nodes in the order a depth-first search from `start` first visits them.
 * graph[u] lists the out-neighbours of u, in the order to try them.
 */
export function dfs(graph: number[][], start: number): number[] {
  // Your code here.
  return [];
}
