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

// Algorithm R: keep the first k items; item i (0-based, i >= k) draws a slot uniformly
// from 0..i and replaces that slot's item when the slot is inside the reservoir.
export function reservoirSample(stream: number[], k: number, seed: number): number[] {
  const n = stream.length;
  const size = Math.min(k, n);
  const reservoir = stream.slice(0, size);
  if (size < k || k === 0) return reservoir;
  const random = mulberry32(seed);
  for (let i = k; i < n; i++) {
    const j = Math.floor(random() * (i + 1));
    if (j < k) reservoir[j] = stream[i]!;
  }
  return reservoir;
}
