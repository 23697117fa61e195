import * as tf from "@tensorflow/tfjs";

// Per-channel statistics in double precision, two-pass (the mean first, then the mean of squared
// deviations), so constant channels and channels far from zero with a small spread come out
// exact: the expected values must not carry float32 rounding of their own.
export function batchNorm(
  x: tf.Tensor,
  gamma: tf.Tensor,
  beta: tf.Tensor,
  runningMean: tf.Tensor,
  runningVar: tf.Tensor,
  training: boolean,
  momentum = 0.1,
  eps = 1e-5,
): { y: tf.Tensor; runningMean: tf.Tensor; runningVar: tf.Tensor } {
  const values = x.dataSync();
  const g = gamma.dataSync();
  const b = beta.dataSync();
  const rm = runningMean.dataSync();
  const rv = runningVar.dataSync();
  const c = x.shape[x.rank - 1]!;
  // Channels are the last axis, so value i belongs to channel i % c.
  const count = values.length / c;
  const mean = Float64Array.from(rm);
  const variance = Float64Array.from(rv);
  const newMean = Float64Array.from(rm);
  const newVar = Float64Array.from(rv);
  if (training) {
    mean.fill(0);
    variance.fill(0);
    for (let i = 0; i < values.length; i++) mean[i % c]! += values[i]!;
    for (let k = 0; k < c; k++) mean[k]! /= count;
    for (let i = 0; i < values.length; i++) variance[i % c]! += (values[i]! - mean[i % c]!) ** 2;
    for (let k = 0; k < c; k++) {
      variance[k]! /= count; // biased: normalizes this batch
      const unbiased = (variance[k]! * count) / (count - 1); // estimates the population variance
      newMean[k] = (1 - momentum) * rm[k]! + momentum * mean[k]!;
      newVar[k] = (1 - momentum) * rv[k]! + momentum * unbiased;
    }
  }
  const scale = Float64Array.from(variance, (v, k) => g[k]! / Math.sqrt(v + eps));
  const y = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const k = i % c;
    y[i] = (values[i]! - mean[k]!) * scale[k]! + b[k]!;
  }
  return {
    y: tf.tensor(y, x.shape),
    runningMean: tf.tensor(Float32Array.from(newMean), [c]),
    runningVar: tf.tensor(Float32Array.from(newVar), [c]),
  };
}
