// accepted — plain loops in double precision over dataSync(), the textbook forward and backward passes one layer at a time
import * as tf from "@tensorflow/tfjs";

export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  const [n, d] = x.shape as [number, number];
  const [h, k] = w2.shape as [number, number];
  const X = x.dataSync(), Y = y.dataSync(), W1 = w1.dataSync(), B1 = b1.dataSync(), W2 = w2.dataSync(), B2 = b2.dataSync();

  // Forward: z1 = x W1 + b1, a = relu(z1), out = a W2 + b2.
  const z1 = new Float64Array(n * h), a = new Float64Array(n * h), out = new Float64Array(n * k);
  for (let e = 0; e < n; e++) {
    for (let j = 0; j < h; j++) {
      let s = B1[j]!;
      for (let i = 0; i < d; i++) s += X[e * d + i]! * W1[i * h + j]!;
      z1[e * h + j] = s;
      a[e * h + j] = s > 0 ? s : 0;
    }
    for (let c = 0; c < k; c++) {
      let s = B2[c]!;
      for (let j = 0; j < h; j++) s += a[e * h + j]! * W2[j * k + c]!;
      out[e * k + c] = s;
    }
  }

  // L = (1 / NK) sum (out - y)^2, so dL/dout = 2 (out - y) / NK.
  let loss = 0;
  const dOut = new Float64Array(n * k);
  for (let t = 0; t < n * k; t++) {
    const r = out[t]! - Y[t]!;
    loss += r * r;
    dOut[t] = (2 * r) / (n * k);
  }
  loss /= n * k;

  // Second layer: dW2 = aᵀ dOut, db2 = column sums of dOut, dA = dOut W2ᵀ.
  const dW2 = new Float64Array(h * k), db2 = new Float64Array(k), dZ1 = new Float64Array(n * h);
  for (let e = 0; e < n; e++) {
    for (let c = 0; c < k; c++) {
      const g = dOut[e * k + c]!;
      db2[c] += g;
      for (let j = 0; j < h; j++) dW2[j * k + c] += a[e * h + j]! * g;
    }
    for (let j = 0; j < h; j++) {
      // relu'(z) = 1 for z > 0, else 0 (also at exactly 0).
      if (!(z1[e * h + j]! > 0)) continue;
      let s = 0;
      for (let c = 0; c < k; c++) s += dOut[e * k + c]! * W2[j * k + c]!;
      dZ1[e * h + j] = s;
    }
  }

  // First layer: dW1 = xᵀ dZ1, db1 = column sums of dZ1.
  const dW1 = new Float64Array(d * h), db1 = new Float64Array(h);
  for (let e = 0; e < n; e++) {
    for (let j = 0; j < h; j++) {
      const g = dZ1[e * h + j]!;
      if (g === 0) continue;
      db1[j] += g;
      for (let i = 0; i < d; i++) dW1[i * h + j] += X[e * d + i]! * g;
    }
  }

  // tfjs takes number arrays (or Float32Array), not Float64Array.
  return {
    loss: tf.scalar(loss),
    dW1: tf.tensor2d(Array.from(dW1), [d, h]),
    db1: tf.tensor1d(Array.from(db1)),
    dW2: tf.tensor2d(Array.from(dW2), [h, k]),
    db2: tf.tensor1d(Array.from(db2)),
  };
}
