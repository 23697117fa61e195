/**
 * The random number generator to use (mulberry32): each call returns the next uniform
 * number in [0, 1). Create one per call of reservoirSample, seeded with `seed`.
 */
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

/**
 * Returns a uniform random sample of k items of `stream`, by Algorithm R, drawing
 * random numbers from mulberry32(seed) exactly as the statement describes.
 */
export function reservoirSample(stream: number[], k: number, seed: number): number[] {
  // Your code here.
  return [];
}
