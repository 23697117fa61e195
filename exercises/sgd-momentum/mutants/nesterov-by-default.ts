// expect: wrong-answer — uses Nesterov momentum unless nesterov is false, so leaving the option out gives Nesterov instead of the default plain momentum
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum: mu, steps } = options;
  const nesterov = options.nesterov !== false;
  const theta = [...theta0];
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const g = A.map((row, i) => row.reduce((s, a, j) => s + a * theta[j], 0) - b[i]);
    for (let i = 0; i < theta.length; i++) {
      v[i] = mu * v[i] + g[i];
      theta[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
    }
    out.push([...theta]);
  }
  return out;
}
