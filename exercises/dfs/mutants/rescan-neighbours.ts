// expect: time-limit-exceeded — O(n + m) time: this one looks for the next unvisited neighbour by scanning the top node's list from the start every time, O(degree^2) on a hub
export function dfs(graph: number[][], start: number): number[] {
  const seen = new Uint8Array(graph.length);
  const order: number[] = [start];
  seen[start] = 1;
  const stack = [start];
  while (stack.length > 0) {
    const u = stack[stack.length - 1]!;
    let next = -1;
    for (const v of graph[u]!) {
      if (!seen[v]) {
        next = v;
        break;
      }
    }
    if (next === -1) {
      stack.pop();
      continue;
    }
    seen[next] = 1;
    order.push(next);
    stack.push(next);
  }
  return order;
}
