import * as tf from "@tensorflow/tfjs";

/**
 * Mean cross-entropy of softmax(logits) against integer class labels.
 * logits: [N, C] float32; labels: [N] int32 in 0..C-1. Returns a scalar tensor.
 * Must stay finite for logits around ±1e4.
 */
export function softmaxCrossEntropy(logits: tf.Tensor, labels: tf.Tensor): tf.Tensor {
  // Your code here.
  return tf.scalar(0);
}
