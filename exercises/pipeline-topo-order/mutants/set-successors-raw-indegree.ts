// expect: wrong-answer — "Dependencies may repeat": this one stores each stage's successors in a Set (dropping repeats) but counts every repeat in the in-degree, so a repeated dependency never clears and a valid pipeline is reported as a cycle
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
  const next: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const waiting = new Array<number>(n).fill(0);
  for (const [before, after] of deps) {
    next[before!]!.add(after!);
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
