// expect: wrong-answer — clamps every parameter to [-1e6, 1e6] to keep a diverging run finite instead of reporting what the update gives
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum: mu, steps, nesterov = false } = options;
  const theta = [...theta0];
  const v = theta0.map(() => 0);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const g = A.map((row, i) => row.reduce((s, a, j) => s + a * theta[j], 0) - b[i]);
    for (let i = 0; i < theta.length; i++) {
      v[i] = mu * v[i] + g[i];
      theta[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
      theta[i] = Math.min(1e6, Math.max(-1e6, theta[i]));
    }
    out.push([...theta]);
  }
  return out;
}
