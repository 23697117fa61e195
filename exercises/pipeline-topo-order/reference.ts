// Kahn's algorithm with a binary min-heap of ready stages: O((n + m) log n).
// Edges are stored in compressed (CSR) form; a cycle leaves some stages never ready.
export function pipelineOrder(n: number, deps: number[][]): number[] | null {
  const m = deps.length;
  const indegree = new Int32Array(n);
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const d = deps[e]!;
    start[d[0]! + 1]!++;
    indegree[d[1]!]!++;
  }
  for (let u = 0; u < n; u++) start[u + 1]! += start[u]!;
  const fill = start.slice(0, n);
  const targets = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const d = deps[e]!;
    targets[fill[d[0]!]!++] = d[1]!;
  }

  const heap = new Int32Array(n);
  let size = 0;
  const push = (x: number) => {
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]! <= x) break;
      heap[i] = heap[p]!;
      i = p;
    }
    heap[i] = x;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heap[c + 1]! < heap[c]!) c++;
      if (heap[c]! >= last) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
    return top;
  };

  for (let u = 0; u < n; u++) if (indegree[u] === 0) push(u);
  const order: number[] = [];
  while (size > 0) {
    const u = pop();
    order.push(u);
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const v = targets[k]!;
      if (--indegree[v]! === 0) push(v);
    }
  }
  return order.length === n ? order : null;
}
