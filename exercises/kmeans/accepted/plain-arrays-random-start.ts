// accepted — nested arrays throughout, reduce for the distances, and a Forgy start (k distinct random points) when no init is given
function squaredDistance(a: number[], b: number[]): number {
  return a.reduce((s, x, j) => s + (x - b[j]!) ** 2, 0);
}

function nearest(p: number[], centroids: number[][]): number {
  let best = 0;
  let bestDist = squaredDistance(p, centroids[0]!);
  for (let c = 1; c < centroids.length; c++) {
    const dist = squaredDistance(p, centroids[c]!);
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

export function kmeans(
  points: number[][],
  k: number,
  options?: { init?: number[][]; maxIter?: number },
): { centroids: number[][]; labels: number[] } {
  const maxIter = options?.maxIter ?? 100;
  let centroids: number[][];
  if (options?.init) {
    centroids = options.init.map((c) => [...c]);
  } else {
    const order = points.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    centroids = order.slice(0, k).map((i) => [...points[i]!]);
  }
  let labels: number[] = [];
  for (let iter = 0; iter < maxIter; iter++) {
    const next = points.map((p) => nearest(p, centroids));
    const changed = iter === 0 || next.some((l, i) => l !== labels[i]);
    labels = next;
    if (!changed) break;
    const d = points[0]!.length;
    const sums = centroids.map(() => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    points.forEach((p, i) => {
      counts[labels[i]!]!++;
      p.forEach((x, j) => (sums[labels[i]!]![j]! += x));
    });
    centroids = centroids.map((c, cl) => (counts[cl] === 0 ? c : sums[cl]!.map((s) => s / counts[cl]!)));
  }
  return { centroids, labels: points.map((p) => nearest(p, centroids)) };
}
