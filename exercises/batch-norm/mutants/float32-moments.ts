// expect: wrong-answer — float32 tf.moments on the raw channels in training: the float32 mean of a channel near 1e4 is off by about its rounding step, far more than the tolerance once divided by a small spread
import * as tf from "@tensorflow/tfjs";

export function batchNorm(
  x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor,
  runningMean: tf.Tensor, runningVar: tf.Tensor,
  training: boolean, momentum = 0.1, eps = 1e-5,
): { y: tf.Tensor; runningMean: tf.Tensor; runningVar: tf.Tensor } {
  return tf.tidy(() => {
    const normalize = (mean: tf.Tensor, variance: tf.Tensor) =>
      tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, eps))), gamma), beta);
    if (!training) return { y: normalize(runningMean, runningVar), runningMean: tf.clone(runningMean), runningVar: tf.clone(runningVar) };
    const axes = x.shape.slice(0, -1).map((_, i) => i);
    const count = x.size / x.shape[x.rank - 1]!;
    const { mean, variance } = tf.moments(x, axes);
    return {
      y: normalize(mean, variance),
      runningMean: tf.add(tf.mul(runningMean, 1 - momentum), tf.mul(mean, momentum)),
      runningVar: tf.add(tf.mul(runningVar, 1 - momentum), tf.mul(tf.mul(variance, count / (count - 1)), momentum)),
    };
  });
}
