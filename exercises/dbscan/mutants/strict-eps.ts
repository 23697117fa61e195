// expect: wrong-answer — counts a neighbour only when its distance is strictly below eps, not at most eps
const UNSEEN = -2;
const NOISE = -1;

// The classic algorithm: visit the points in index order; an unseen core point starts a new
// cluster, grown breadth-first through core points. A point is labelled when it is queued, so
// it is queued (and its neighbourhood computed) at most once: about n brute-force
// neighbourhood queries, O(n² d) in all, O(n) extra memory.
export function dbscan(points: number[][], eps: number, minPts: number): number[] {
  const n = points.length;
  const d = n > 0 ? points[0]!.length : 0;
  const flat = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) flat[i * d + j] = points[i]![j]!;
  const eps2 = eps * eps;
  const found = new Int32Array(n);
  /** Fills `found` with the neighbours of p (p included) and returns how many there are. */
  const neighbours = (p: number): number => {
    let count = 0;
    for (let q = 0; q < n; q++) {
      let dist = 0;
      for (let j = 0; j < d; j++) {
        const diff = flat[p * d + j]! - flat[q * d + j]!;
        dist += diff * diff;
      }
      if (dist < eps2) found[count++] = q;
    }
    return count;
  };

  const labels = new Int32Array(n).fill(UNSEEN);
  const queue = new Int32Array(n);
  let clusters = 0;
  for (let start = 0; start < n; start++) {
    if (labels[start] !== UNSEEN) continue;
    if (neighbours(start) < minPts) {
      labels[start] = NOISE; // may still become a border point of a later cluster
      continue;
    }
    const c = clusters++;
    labels[start] = c;
    let head = 0, tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const p = queue[head++]!;
      const count = neighbours(p);
      if (count < minPts) continue; // a border point: it joins, but does not spread
      for (let r = 0; r < count; r++) {
        const q = found[r]!;
        if (labels[q] === UNSEEN) {
          labels[q] = c;
          queue[tail++] = q;
        } else if (labels[q] === NOISE) {
          labels[q] = c; // known not to be core: no need to expand it
        }
      }
    }
  }
  return Array.from(labels);
}
