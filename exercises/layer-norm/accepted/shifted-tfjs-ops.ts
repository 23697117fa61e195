// accepted — tfjs ops in float32, with each row shifted by its first value before the two-pass statistics
import * as tf from "@tensorflow/tfjs";

export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps = 1e-5): tf.Tensor {
  return tf.tidy(() => {
    const axis = x.rank - 1;
    // Subtracting a value of the row itself is exact in float32 for values close to it, and
    // leaves small numbers whose float32 mean is accurate even when the row sits at 1e4.
    const shift = tf.slice(x, new Array(x.rank).fill(0), [...x.shape.slice(0, -1), 1]);
    const shifted = tf.sub(x, shift);
    const mean = tf.mean(shifted, axis, true);
    const centered = tf.sub(shifted, mean);
    const variance = tf.mean(tf.square(centered), axis, true);
    return tf.add(tf.mul(tf.mul(centered, tf.rsqrt(tf.add(variance, eps))), gamma), beta);
  });
}
