// accepted — tfjs ops in float32, with each channel shifted by its first value before the two-pass statistics
import * as tf from "@tensorflow/tfjs";

export function batchNorm(
  x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor,
  runningMean: tf.Tensor, runningVar: tf.Tensor,
  training: boolean, momentum = 0.1, eps = 1e-5,
): { y: tf.Tensor; runningMean: tf.Tensor; runningVar: tf.Tensor } {
  return tf.tidy(() => {
    if (!training) {
      const y = tf.add(tf.mul(tf.div(tf.sub(x, runningMean), tf.sqrt(tf.add(runningVar, eps))), gamma), beta);
      return { y, runningMean: tf.clone(runningMean), runningVar: tf.clone(runningVar) };
    }
    const axes = x.shape.slice(0, -1).map((_, i) => i);
    const count = x.size / x.shape[x.rank - 1]!;
    // The first value of each channel: subtracting it is exact in float32 for values close to it,
    // and the float32 mean of what is left stays accurate even for a channel sitting at 1e4.
    const shift = tf.slice(x, new Array(x.rank).fill(0), [...new Array(x.rank - 1).fill(1), -1]);
    const shifted = tf.sub(x, shift);
    const { mean, variance } = tf.moments(shifted, axes, true);
    const centered = tf.sub(shifted, mean);
    const y = tf.add(tf.mul(tf.mul(centered, tf.rsqrt(tf.add(variance, eps))), gamma), beta);
    const batchMean = tf.add(tf.reshape(mean, [-1]), tf.reshape(shift, [-1]));
    const unbiased = tf.mul(tf.reshape(variance, [-1]), count / (count - 1));
    return {
      y,
      runningMean: tf.add(tf.mul(runningMean, 1 - momentum), tf.mul(batchMean, momentum)),
      runningVar: tf.add(tf.mul(runningVar, 1 - momentum), tf.mul(unbiased, momentum)),
    };
  });
}
