// accepted — every neighbourhood computed once up front as index lists, clusters grown with a FIFO queue
export function dbscan(points: number[][], eps: number, minPts: number): number[] {
  const n = points.length;
  const eps2 = eps * eps;
  const neighbours: number[][] = points.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let t = 0; t < points[i]!.length; t++) s += (points[i]![t]! - points[j]![t]!) ** 2;
      if (s <= eps2) {
        neighbours[i]!.push(j);
        if (j !== i) neighbours[j]!.push(i);
      }
    }
  }
  const isCore = neighbours.map((list) => list.length >= minPts);
  const UNSEEN = -2;
  const labels = new Array<number>(n).fill(UNSEEN);
  let cluster = 0;
  for (let p = 0; p < n; p++) {
    if (labels[p] !== UNSEEN && labels[p] !== -1) continue;
    if (!isCore[p]) {
      if (labels[p] === UNSEEN) labels[p] = -1;
      continue;
    }
    labels[p] = cluster;
    const queue = [p];
    for (let head = 0; head < queue.length; head++) {
      for (const q of neighbours[queue[head]!]!) {
        if (labels[q] !== UNSEEN && labels[q] !== -1) continue;
        labels[q] = cluster;
        if (isCore[q]) queue.push(q);
      }
    }
    cluster++;
  }
  return labels;
}
