// accepted — Algorithm R with the generator from the statement, written with a plain index loop and a preallocated array
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
  if (stream.length <= k) return [...stream];
  const reservoir = new Array<number>(k);
  for (let i = 0; i < k; i++) reservoir[i] = stream[i]!;
  if (k === 0) return reservoir;
  const next = mulberry32(seed);
  let i = k;
  while (i < stream.length) {
    const j = Math.floor(next() * (i + 1));
    if (j < k) reservoir[j] = stream[i]!;
    i++;
  }
  return reservoir;
}
