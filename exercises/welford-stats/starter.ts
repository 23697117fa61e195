/**
 * For every prefix xs[0..t] of the stream, the mean and the population variance of
 * the values seen so far, computed in one numerically stable pass.
 */
export function runningStats(xs: number[]): { mean: number[]; variance: number[] } {
  // Your code here.
  return { mean: [], variance: [] };
}
