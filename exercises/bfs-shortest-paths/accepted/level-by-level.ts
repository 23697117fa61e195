// accepted — breadth-first search one level at a time, with a frontier array per level
export function shortestPaths(graph: number[][], source: number): number[] {
  const dist = new Array<number>(graph.length).fill(-1);
  dist[source] = 0;
  let frontier = [source];
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const v of graph[u]!) {
        if (dist[v] === -1) {
          dist[v] = d;
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return dist;
}
