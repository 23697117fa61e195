import * as tf from "@tensorflow/tfjs";

/**
 * A convolutional layer's forward pass (cross-correlation, no kernel flip).
 * x: [N, H, W, Cin]; filter: [kH, kW, Cin, Cout]; bias: [Cout] (optional).
 * Returns [N, H_out, W_out, Cout]; "same" pads with zeros as TensorFlow does.
 */
export function conv2dNhwc(
  x: tf.Tensor,
  filter: tf.Tensor,
  strides: number | [number, number],
  padding: "valid" | "same",
  bias?: tf.Tensor,
): tf.Tensor {
  // Your code here.
  return x;
}
