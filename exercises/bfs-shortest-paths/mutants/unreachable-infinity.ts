// expect: wrong-answer — "dist[v] = -1 when no path exists": this one leaves unreachable nodes at Infinity
export function shortestPaths(graph: number[][], source: number): number[] {
  const dist = new Array<number>(graph.length).fill(Infinity);
  dist[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of graph[u]!) {
      if (dist[v] === Infinity) {
        dist[v] = dist[u]! + 1;
        queue.push(v);
      }
    }
  }
  return dist;
}
