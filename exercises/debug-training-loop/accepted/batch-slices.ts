// accepted — batches as slices of the data, predictions and errors as arrays, the gradient averaged with reduce
export interface TrainOptions { lr: number; epochs: number; batchSize: number }

const predict = (x: number[], w: number[], b: number): number => x.reduce((s, v, j) => s + v * w[j]!, b);

export function trainLinearRegression(X: number[][], y: number[], options: TrainOptions): { w: number[]; b: number; loss: number } {
  const { lr, epochs, batchSize } = options;
  const d = X[0]!.length;
  let w: number[] = new Array(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let start = 0; start < X.length; start += batchSize) {
      const xs = X.slice(start, start + batchSize);
      const ys = y.slice(start, start + batchSize);
      const errors = xs.map((x, i) => predict(x, w, b) - ys[i]!);
      const gradW = w.map((_, j) => (2 * errors.reduce((s, e, i) => s + e * xs[i]![j]!, 0)) / xs.length);
      const gradB = (2 * errors.reduce((s, e) => s + e, 0)) / xs.length;
      w = w.map((wj, j) => wj - lr * gradW[j]!);
      b -= lr * gradB;
    }
  }
  const loss = X.reduce((s, x, i) => s + (predict(x, w, b) - y[i]!) ** 2, 0) / X.length;
  return { w, b, loss };
}
