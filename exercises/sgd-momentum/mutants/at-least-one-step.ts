// expect: wrong-answer — loops with do ... while, so steps = 0 still takes one step instead of giving []
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum: mu, steps, nesterov = false } = options;
  const theta = [...theta0];
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  let t = 0;
  do {
    const g = A.map((row, i) => row.reduce((s, a, j) => s + a * theta[j], 0) - b[i]);
    for (let i = 0; i < theta.length; i++) {
      v[i] = mu * v[i] + g[i];
      theta[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
    }
    out.push([...theta]);
  } while (++t < steps);
  return out;
}
