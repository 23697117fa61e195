// Iterative preorder DFS that visits neighbours in exactly the order recursion would:
// each stack frame remembers how far through its neighbour list it has got.
export function dfs(graph: number[][], start: number): number[] {
  const n = graph.length;
  const visited = new Uint8Array(n);
  const order: number[] = [start];
  visited[start] = 1;
  const nodeStack = new Int32Array(n);
  const nextIndex = new Int32Array(n);
  let top = 0;
  nodeStack[0] = start;
  nextIndex[0] = 0;
  while (top >= 0) {
    const u = nodeStack[top]!;
    const neighbours = graph[u]!;
    let i = nextIndex[top]!;
    while (i < neighbours.length && visited[neighbours[i]!]) i++;
    if (i === neighbours.length) {
      top--;
      continue;
    }
    const v = neighbours[i]!;
    nextIndex[top] = i + 1;
    visited[v] = 1;
    order.push(v);
    top++;
    nodeStack[top] = v;
    nextIndex[top] = 0;
  }
  return order;
}
