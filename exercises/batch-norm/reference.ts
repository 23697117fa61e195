import * as tf from "@tensorflow/tfjs";

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
  return tf.tidy(() => {
    const normalize = (mean: tf.Tensor, variance: tf.Tensor) =>
      tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, eps))), gamma), beta);
    if (!training) {
      return { y: normalize(runningMean, runningVar), runningMean: tf.clone(runningMean), runningVar: tf.clone(runningVar) };
    }
    // Statistics per channel over every other axis (batch, and height and width for images).
    const axes = x.shape.slice(0, -1).map((_, i) => i);
    const count = x.size / x.shape[x.rank - 1]!;
    const mean = tf.mean(x, axes);
    const variance = tf.mean(tf.square(tf.sub(x, mean)), axes); // biased: normalizes this batch
    const unbiased = tf.mul(variance, count / (count - 1)); // estimates the population variance
    return {
      y: normalize(mean, variance),
      runningMean: tf.add(tf.mul(runningMean, 1 - momentum), tf.mul(mean, momentum)),
      runningVar: tf.add(tf.mul(runningVar, 1 - momentum), tf.mul(unbiased, momentum)),
    };
  });
}
