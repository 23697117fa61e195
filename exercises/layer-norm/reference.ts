import * as tf from "@tensorflow/tfjs";

// Two-pass statistics in double precision (the mean first, then the mean of squared deviations),
// so rows with a large offset and a small spread, and constant rows, come out exact: the
// expected values must not carry float32 rounding of their own.
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps = 1e-5): tf.Tensor {
  const values = x.dataSync();
  const g = gamma.dataSync();
  const b = beta.dataSync();
  const d = x.shape[x.rank - 1]!;
  const out = new Float32Array(values.length);
  for (let start = 0; start < values.length; start += d) {
    let sum = 0;
    for (let j = 0; j < d; j++) sum += values[start + j]!;
    const mean = sum / d;
    let squares = 0;
    for (let j = 0; j < d; j++) squares += (values[start + j]! - mean) ** 2;
    const scale = 1 / Math.sqrt(squares / d + eps);
    for (let j = 0; j < d; j++) out[start + j] = (values[start + j]! - mean) * scale * g[j]! + b[j]!;
  }
  return tf.tensor(out, x.shape);
}
