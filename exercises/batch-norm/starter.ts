import * as tf from "@tensorflow/tfjs";

/**
 * Batch normalization over every axis but the last (channels last).
 * Training: normalize with the batch statistics and return updated running statistics.
 * Inference: normalize with the running statistics and return them unchanged.
 */
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
  // Your code here.
  return { y: tf.zerosLike(x), runningMean, runningVar };
}
