// Welford's update: the running mean moves by delta / t, and the sum of squared
// deviations M2 grows by delta * (x - newMean). No large sums are ever subtracted, so
// values like 1e9 + small noise keep their precision.
export function runningStats(xs: number[]): { mean: number[]; variance: number[] } {
  const n = xs.length;
  const mean = new Array<number>(n);
  const variance = new Array<number>(n);
  let m = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const delta = x - m;
    m += delta / (i + 1);
    m2 += delta * (x - m);
    mean[i] = m;
    variance[i] = m2 / (i + 1);
  }
  return { mean, variance };
}
