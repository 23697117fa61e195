// expect: time-limit-exceeded — computes each first-layer weight's gradient on its own, rerunning every example's forward pass for it: O(D H N (D H + H K)) instead of O(N (D H + H K))
import * as tf from "@tensorflow/tfjs";

export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  const [n, d] = x.shape as [number, number];
  const [h, k] = w2.shape as [number, number];
  const X = x.dataSync(), Y = y.dataSync(), W1 = w1.dataSync(), B1 = b1.dataSync(), W2 = w2.dataSync(), B2 = b2.dataSync();
  const scale = 2 / (n * k);
  const z = new Float64Array(h), out = new Float64Array(k);
  // One example's forward pass: pre-activations into z, outputs into out.
  const forward = (e: number) => {
    for (let j = 0; j < h; j++) {
      let s = B1[j]!;
      for (let i = 0; i < d; i++) s += X[e * d + i]! * W1[i * h + j]!;
      z[j] = s;
    }
    for (let c = 0; c < k; c++) {
      let s = B2[c]!;
      for (let j = 0; j < h; j++) s += Math.max(z[j]!, 0) * W2[j * k + c]!;
      out[c] = s;
    }
  };
  let loss = 0;
  const dW1 = new Float64Array(d * h), db1 = new Float64Array(h), dW2 = new Float64Array(h * k), db2 = new Float64Array(k);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < h; j++) {
      let s = 0;
      for (let e = 0; e < n; e++) {
        forward(e);
        if (!(z[j]! > 0)) continue;
        let g = 0;
        for (let c = 0; c < k; c++) g += scale * (out[c]! - Y[e * k + c]!) * W2[j * k + c]!;
        s += X[e * d + i]! * g;
      }
      dW1[i * h + j] = s;
    }
  }
  for (let e = 0; e < n; e++) {
    forward(e);
    for (let c = 0; c < k; c++) {
      const r = out[c]! - Y[e * k + c]!;
      loss += r * r / (n * k);
      db2[c] += scale * r;
      for (let j = 0; j < h; j++) dW2[j * k + c] += Math.max(z[j]!, 0) * scale * r;
    }
    for (let j = 0; j < h; j++) {
      if (!(z[j]! > 0)) continue;
      let g = 0;
      for (let c = 0; c < k; c++) g += scale * (out[c]! - Y[e * k + c]!) * W2[j * k + c]!;
      db1[j] += g;
    }
  }
  return {
    loss: tf.scalar(loss),
    dW1: tf.tensor(Array.from(dW1), [d, h]),
    db1: tf.tensor(Array.from(db1), [h]),
    dW2: tf.tensor(Array.from(dW2), [h, k]),
    db2: tf.tensor(Array.from(db2), [k]),
  };
}
