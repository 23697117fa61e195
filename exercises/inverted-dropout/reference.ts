import * as tf from "@tensorflow/tfjs";

export function dropout(x: tf.Tensor, u: tf.Tensor, rate: number, training: boolean): tf.Tensor {
  return tf.tidy(() => {
    if (!training || rate === 0) return tf.clone(x);
    // rate = 1 drops everything; 1 / (1 - rate) would be Infinity and 0 * Infinity NaN.
    if (rate >= 1) return tf.zerosLike(x);
    const keep = tf.cast(tf.greaterEqual(u, rate), "float32");
    return tf.mul(x, tf.mul(keep, 1 / (1 - rate)));
  });
}
