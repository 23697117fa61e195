// expect: wrong-answer — for Nesterov, takes the gradient at the look-ahead point theta - lr mu v (Sutskever's form) instead of at the current theta
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum: mu, steps, nesterov = false } = options;
  const theta = [...theta0];
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const at = nesterov ? theta.map((x, i) => x - lr * mu * v[i]) : theta;
    const g = A.map((row, i) => row.reduce((s, a, j) => s + a * at[j], 0) - b[i]);
    for (let i = 0; i < theta.length; i++) {
      v[i] = mu * v[i] + g[i];
      theta[i] -= lr * v[i];
    }
    out.push([...theta]);
  }
  return out;
}
