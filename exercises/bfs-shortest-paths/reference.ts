// Breadth-first search with a preallocated queue and a moving head index: each node
// is enqueued once, when it is first reached, so the whole search is O(n + m).
export function shortestPaths(graph: number[][], source: number): number[] {
  const n = graph.length;
  const dist = new Array<number>(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  dist[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    const next = dist[u]! + 1;
    const neighbours = graph[u]!;
    for (let i = 0; i < neighbours.length; i++) {
      const v = neighbours[i]!;
      if (dist[v] === -1) {
        dist[v] = next;
        queue[tail++] = v;
      }
    }
  }
  return dist;
}
