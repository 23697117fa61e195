// expect: time-limit-exceeded — computes row t by running t + 1 steps again from theta0, O(steps^2 d^2) instead of O(steps d^2)
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }

function run(A: number[][], b: number[], theta0: number[], lr: number, mu: number, nesterov: boolean, steps: number): number[] {
  const d = theta0.length;
  const theta = Float64Array.from(theta0);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < d; i++) {
      const row = A[i];
      let s = 0;
      for (let j = 0; j < d; j++) s += row[j] * theta[j];
      g[i] = s - b[i];
    }
    for (let i = 0; i < d; i++) {
      v[i] = mu * v[i] + g[i];
      theta[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
    }
  }
  return Array.from(theta);
}

export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum, steps, nesterov = false } = options;
  const out: number[][] = [];
  for (let t = 1; t <= steps; t++) out.push(run(A, b, theta0, lr, momentum, nesterov, t));
  return out;
}
