// Lloyd's algorithm on flat Float64Arrays: O(n k d) per iteration. Without `init`, the
// centroids start from k-means++ seeding with a fixed seed, so runs are repeatable.

/** Index of the centroid nearest to point i (squared distance; ties to the lowest index). */
function nearest(X: Float64Array, i: number, C: Float64Array, k: number, d: number): number {
  let best = 0, bestDist = Infinity;
  const p = i * d;
  for (let c = 0; c < k; c++) {
    const q = c * d;
    let dist = 0;
    for (let j = 0; j < d; j++) {
      const diff = X[p + j]! - C[q + j]!;
      dist += diff * diff;
    }
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  }
  return best;
}

/** k-means++: the first centroid is a random point, each next one a point drawn with probability proportional to D(x)^2. */
function kmeansPlusPlus(X: Float64Array, n: number, d: number, k: number): Float64Array {
  let seed = 0x2545f491;
  const random = () => {
    // mulberry32
    let t = (seed = (seed + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const C = new Float64Array(k * d);
  const dist = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    C.set(X.subarray(chosen * d, chosen * d + d), c * d);
    if (c === k - 1) break;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = X[i * d + j]! - C[c * d + j]!;
        s += diff * diff;
      }
      if (s < dist[i]!) dist[i] = s;
      total += dist[i]!;
    }
    if (total === 0) {
      chosen = Math.floor(random() * n); // every point already is a centroid
      continue;
    }
    let r = random() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i]!;
      if (r < 0 && dist[i]! > 0) {
        chosen = i;
        break;
      }
    }
  }
  return C;
}

export function kmeans(
  points: number[][],
  k: number,
  options?: { init?: number[][]; maxIter?: number },
): { centroids: number[][]; labels: number[] } {
  const n = points.length, d = points[0]!.length;
  const maxIter = options?.maxIter ?? 100;
  const X = new Float64Array(n * d);
  for (let i = 0; i < n; i++) X.set(points[i]!, i * d);

  let C: Float64Array;
  if (options?.init) {
    C = new Float64Array(k * d);
    for (let c = 0; c < k; c++) C.set(options.init[c]!, c * d);
  } else {
    C = kmeansPlusPlus(X, n, d, k);
  }

  const labels = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  for (let iter = 0; iter < maxIter; iter++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const c = nearest(X, i, C, k, d);
      if (c !== labels[i]) {
        labels[i] = c;
        changed = true;
      }
    }
    // Unchanged labels would give back the same means: the previous update already made them.
    if (!changed) break;
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i]!;
      counts[c] = counts[c]! + 1;
      for (let j = 0; j < d; j++) sums[c * d + j] = sums[c * d + j]! + X[i * d + j]!;
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue; // an empty cluster keeps its centroid
      for (let j = 0; j < d; j++) C[c * d + j] = sums[c * d + j]! / counts[c]!;
    }
  }

  // The labels of the returned centroids (after maxIter they can differ from the last assignment).
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = nearest(X, i, C, k, d);
  const centroids: number[][] = [];
  for (let c = 0; c < k; c++) centroids.push(Array.from(C.subarray(c * d, c * d + d)));
  return { centroids, labels: out };
}
