import * as tf from "@tensorflow/tfjs";

/**
 * 2-D max pooling of x: [N, H, W, C] with a poolSize window moved by strides.
 * "valid": only windows that fit; "same": out = ceil(in / stride), padding split as in TensorFlow
 * (the extra row or column at the bottom or right), padded cells never win.
 */
export function maxPool2d(
  x: tf.Tensor,
  poolSize: number | [number, number],
  strides: number | [number, number],
  padding: "valid" | "same",
): tf.Tensor {
  // Your code here.
  return x;
}
