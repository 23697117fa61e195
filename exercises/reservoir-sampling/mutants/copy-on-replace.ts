// expect: time-limit-exceeded — O(n) time with k <= 1e5: this one builds a new reservoir with map() on every replacement, O(k) each
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function reservoirSample(stream: number[], k: number, seed: number): number[] {
  const n = stream.length;
  const size = Math.min(k, n);
  let reservoir = stream.slice(0, size);
  if (size < k || k === 0) return reservoir;
  const random = mulberry32(seed);
  for (let i = k; i < n; i++) {
    const j = Math.floor(random() * (i + 1));
    if (j < k) {
      const item = stream[i]!;
      reservoir = reservoir.map((x, slot) => (slot === j ? item : x));
    }
  }
  return reservoir;
}
