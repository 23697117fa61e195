import * as tf from "@tensorflow/tfjs";

/**
 * Layer normalization over the last axis of `x`:
 * y = (x - mean) / sqrt(var + eps) * gamma + beta, mean and (biased) var per row.
 * x: [..., D]; gamma, beta: [D]. Returns a tensor shaped like x.
 */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps = 1e-5): tf.Tensor {
  // Your code here.
  return tf.zerosLike(x);
}
