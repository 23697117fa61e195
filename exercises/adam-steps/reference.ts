export interface AdamOptions {
  lr?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

// Adam with bias correction, in double precision; defaults are those of tf.train.adam.
export function adam(params: number[], grads: number[][], options: AdamOptions = {}): number[][] {
  const { lr = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7 } = options;
  const d = params.length;
  const theta = Float64Array.from(params);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const out: number[][] = [];
  let beta1Power = 1;
  let beta2Power = 1;
  for (const g of grads) {
    beta1Power *= beta1;
    beta2Power *= beta2;
    for (let i = 0; i < d; i++) {
      const gi = g[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * gi;
      v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi;
      const mHat = m[i]! / (1 - beta1Power);
      const vHat = v[i]! / (1 - beta2Power);
      theta[i]! -= (lr * mHat) / (Math.sqrt(vHat) + epsilon);
    }
    out.push(Array.from(theta));
  }
  return out;
}
