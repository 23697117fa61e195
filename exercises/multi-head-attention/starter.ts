import * as tf from "@tensorflow/tfjs";

/**
 * Causal multi-head self-attention (no biases).
 * x: [B, T, D]; wq, wk, wv, wo: [D, D]; numHeads divides D. Head h uses columns
 * h*dh .. (h+1)*dh - 1 of Q = x·wq, K = x·wk, V = x·wv (dh = D / numHeads); position t
 * attends to positions 0..t. Returns concat(heads)·wo, shape [B, T, D].
 */
export function multiHeadAttention(
  x: tf.Tensor, wq: tf.Tensor, wk: tf.Tensor, wv: tf.Tensor, wo: tf.Tensor, numHeads: number,
): tf.Tensor {
  // Your code here.
  return tf.zerosLike(x);
}
