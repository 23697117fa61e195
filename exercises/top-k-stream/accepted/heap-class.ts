// accepted — the textbook min-heap class of [score, index] pairs, sorted at the end
class MinHeap<T> {
  private items: T[] = [];
  constructor(private less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(x: T): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  replaceTop(x: T): void {
    const a = this.items;
    a[0] = x;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
      if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
      if (m === i) break;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
  }
  toArray(): T[] {
    return this.items.slice();
  }
}

type Item = [score: number, index: number];

export function topK(scores: number[], k: number): number[] {
  if (k <= 0) return [];
  // The root is the worst kept item: lower score, or the same score and a later arrival.
  const worse = (a: Item, b: Item) => a[0] < b[0] || (a[0] === b[0] && a[1] > b[1]);
  const heap = new MinHeap<Item>(worse);
  scores.forEach((s, i) => {
    const item: Item = [s, i];
    if (heap.size < k) heap.push(item);
    else if (worse(heap.peek()!, item)) heap.replaceTop(item);
  });
  return heap
    .toArray()
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map((item) => item[1]);
}
