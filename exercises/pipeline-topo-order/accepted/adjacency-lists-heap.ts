// accepted — Kahn's algorithm with adjacency lists (arrays of arrays) and a plain array min-heap
function heapPush(heap: number[], x: number): void {
  heap.push(x);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p]! <= heap[i]!) break;
    [heap[p], heap[i]] = [heap[i]!, heap[p]!];
    i = p;
  }
}

function heapPop(heap: number[]): number {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && heap[l]! < heap[m]!) m = l;
      if (r < heap.length && heap[r]! < heap[m]!) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  }
  return top;
}

export function pipelineOrder(n: number, deps: number[][]): number[] | null {
  const next: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Array<number>(n).fill(0);
  for (const [before, after] of deps) {
    next[before!]!.push(after!);
    waiting[after!]!++;
  }
  const ready: number[] = [];
  for (let u = 0; u < n; u++) if (waiting[u] === 0) heapPush(ready, u);
  const order: number[] = [];
  while (ready.length > 0) {
    const u = heapPop(ready);
    order.push(u);
    for (const v of next[u]!) if (--waiting[v]! === 0) heapPush(ready, v);
  }
  return order.length === n ? order : null;
}
