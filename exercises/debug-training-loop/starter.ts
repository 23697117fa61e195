export interface TrainOptions {
  lr: number;
  epochs: number;
  batchSize: number;
}

/**
 * Fits y ≈ w·x + b by mini-batch gradient descent on the mean squared error.
 *
 * What it is meant to do: start from w = 0, b = 0; each epoch walks the examples in
 * their given order in consecutive batches of `batchSize` (the last batch may be
 * smaller); for each batch, compute the gradient of the batch's mean squared error at
 * the current parameters and take one step of size `lr`. Returns the final w and b and
 * the mean squared error of those parameters over the whole data set.
 *
 * The loss does not go down as it should. Find and fix the bugs.
 */
export function trainLinearRegression(X: number[][], y: number[], options: TrainOptions): { w: number[]; b: number; loss: number } {
  const { lr, epochs, batchSize } = options;
  const n = X.length;
  const d = n > 0 ? X[0]!.length : 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;

  const gradW = new Array<number>(d).fill(0);
  let gradB = 0;

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      for (let i = start; i < end; i++) {
        const xi = X[i]!;
        let pred = b;
        for (let j = 0; j < d; j++) pred += w[j]! * xi[j]!;
        const err = y[i]! - pred;
        for (let j = 0; j < d; j++) gradW[j]! += 2 * err * xi[j]!;
        gradB += 2 * err;
      }
      for (let j = 0; j < d; j++) w[j]! -= (lr * gradW[j]!) / batchSize;
      b -= (lr * gradB) / batchSize;
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
