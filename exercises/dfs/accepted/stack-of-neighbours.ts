// accepted — textbook iterative DFS: push neighbours in reverse, mark a node when it is popped
export function dfs(graph: number[][], start: number): number[] {
  const visited = new Array<boolean>(graph.length).fill(false);
  const order: number[] = [];
  const stack: number[] = [start];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (visited[u]) continue;
    visited[u] = true;
    order.push(u);
    const neighbours = graph[u]!;
    for (let i = neighbours.length - 1; i >= 0; i--) if (!visited[neighbours[i]!]) stack.push(neighbours[i]!);
  }
  return order;
}
