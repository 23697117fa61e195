// A min-heap of at most k item indices whose root is the worst item kept so far
// ("worse" = lower score, or equal score and later arrival). Each new item is compared
// with the root only, and replaces it when better: O(n log k) time, O(k) memory.
export function topK(scores: number[], k: number): number[] {
  const n = scores.length;
  const size = Math.min(k, n);
  if (size <= 0) return [];
  const heap = new Int32Array(size);
  let count = 0;
  // true when item a ranks below item b
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);

  const siftDown = (i: number, len: number) => {
    const x = heap[i]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= len) break;
      if (c + 1 < len && worse(heap[c + 1]!, heap[c]!)) c++;
      if (!worse(heap[c]!, x)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = x;
  };

  for (let i = 0; i < n; i++) {
    if (count < size) {
      let j = count++;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (!worse(i, heap[p]!)) break;
        heap[j] = heap[p]!;
        j = p;
      }
      heap[j] = i;
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0, size);
    }
  }
  // Pop the worst repeatedly, filling the answer from the back.
  const out = new Array<number>(size);
  for (let len = size; len > 0; len--) {
    out[len - 1] = heap[0]!;
    heap[0] = heap[len - 1]!;
    siftDown(0, len - 1);
  }
  return out;
}
