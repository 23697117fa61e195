export interface MomentumOptions {
  lr: number;
  momentum: number;
  steps: number;
  nesterov?: boolean;
}

// PyTorch's SGD with momentum (dampening 0): v <- mu v + g; theta <- theta - lr d, with
// d = v, or d = g + mu v for Nesterov. The gradient of the quadratic is A theta - b.
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  const { lr, momentum, steps } = options;
  const nesterov = options.nesterov ?? false;
  const d = theta0.length;
  const theta = Float64Array.from(theta0);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < d; i++) {
      const row = A[i]!;
      let s = 0;
      for (let j = 0; j < d; j++) s += row[j]! * theta[j]!;
      g[i] = s - b[i]!;
    }
    for (let i = 0; i < d; i++) {
      v[i] = momentum * v[i]! + g[i]!;
      theta[i]! -= lr * (nesterov ? g[i]! + momentum * v[i]! : v[i]!);
    }
    out.push(Array.from(theta));
  }
  return out;
}
