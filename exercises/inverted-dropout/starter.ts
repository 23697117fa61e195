import * as tf from "@tensorflow/tfjs";

/**
 * Inverted dropout. In training, keeps x where u >= rate and scales kept values by
 * 1 / (1 - rate); out of training, returns x unchanged. u has the shape of x.
 */
export function dropout(x: tf.Tensor, u: tf.Tensor, rate: number, training: boolean): tf.Tensor {
  // Your code here.
  return x;
}
