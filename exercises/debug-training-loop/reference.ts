export interface TrainOptions {
  lr: number;
  epochs: number;
  batchSize: number;
}

// The intended loop: per batch, fresh gradient accumulators, the error as prediction
// minus target, and an average over the batch's actual size (the last one may be short).
export function trainLinearRegression(X: number[][], y: number[], options: TrainOptions): { w: number[]; b: number; loss: number } {
  const { lr, epochs, batchSize } = options;
  const n = X.length;
  const d = n > 0 ? X[0]!.length : 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const gradW = new Float64Array(d);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      gradW.fill(0);
      let gradB = 0;
      for (let i = start; i < end; i++) {
        const xi = X[i]!;
        let pred = b;
        for (let j = 0; j < d; j++) pred += w[j]! * xi[j]!;
        const err = pred - y[i]!;
        for (let j = 0; j < d; j++) gradW[j]! += 2 * err * xi[j]!;
        gradB += 2 * err;
      }
      const size = end - start;
      for (let j = 0; j < d; j++) w[j]! -= (lr * gradW[j]!) / size;
      b -= (lr * gradB) / size;
    }
  }

  let loss = 0;
  for (let i = 0; i < n; i++) {
    const xi = X[i]!;
    let pred = b;
    for (let j = 0; j < d; j++) pred += w[j]! * xi[j]!;
    loss += (pred - y[i]!) ** 2;
  }
  loss /= n;
  return { w, b, loss };
}
