// accepted — plain row arrays, the two-branch stable sigmoid, per-sample gradient terms summed in reverse order
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function logisticRegression(
  X: number[][],
  y: number[],
  options: { learningRate: number; iterations: number; l2?: number },
): { weights: number[]; bias: number } {
  const { learningRate: lr, iterations } = options;
  const lambda = options.l2 ?? 0;
  const n = X.length;
  const d = X[0]!.length;
  let w = new Array<number>(d).fill(0);
  let b = 0;
  for (let t = 0; t < iterations; t++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = n - 1; i >= 0; i--) {
      const x = X[i]!;
      let z = 0;
      for (let j = d - 1; j >= 0; j--) z += w[j]! * x[j]!;
      const err = sigmoid(z + b) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * x[j]!;
      gb += err;
    }
    w = w.map((wj, j) => wj - lr * (gw[j]! / n + lambda * wj));
    b -= (lr * gb) / n;
  }
  return { weights: w, bias: b };
}
