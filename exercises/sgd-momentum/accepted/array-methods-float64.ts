// accepted — plain number arrays with map/reduce, the gradient as a sum of A's columns (A is symmetric), Nesterov expanded as (1 + mu) g + mu^2 v_t
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }

export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum: mu, steps, nesterov = false } = options;
  let theta = theta0.slice();
  let v = theta0.map(() => 0);
  const trajectory: number[][] = [];
  for (let t = 0; t < steps; t++) {
    // A theta = sum_j theta_j A[:, j]; with A symmetric, column j is row j.
    const atheta = b.map(() => 0);
    theta.forEach((x, j) => A[j]!.forEach((a, i) => { atheta[i] += a * x; }));
    const g = atheta.map((s, i) => s - b[i]!);
    const step = nesterov ? g.map((gi, i) => (1 + mu) * gi + mu * mu * v[i]!) : g.map((gi, i) => mu * v[i]! + gi);
    v = g.map((gi, i) => mu * v[i]! + gi);
    theta = theta.map((x, i) => x - lr * step[i]!);
    trajectory.push(theta);
  }
  return trajectory;
}
