// expect: wrong-answer — keeps theta and the velocity in Float32Arrays, which misses the 1e-8 tolerance that asks for double precision
export interface MomentumOptions { lr: number; momentum: number; steps: number; nesterov?: boolean }
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum: mu, steps, nesterov = false } = options;
  const d = theta0.length;
  const theta = Float32Array.from(theta0);
  const v = new Float32Array(d);
  const g = new Float32Array(d);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < d; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += A[i][j] * theta[j];
      g[i] = s - b[i];
    }
    for (let i = 0; i < d; i++) {
      v[i] = mu * v[i] + g[i];
      theta[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
    }
    out.push(Array.from(theta));
  }
  return out;
}
