// expect: wrong-answer — relies on tf.conv2d(x, filter, strides, "same"), which the statement warns returns wrong values on tfjs's WASM backend for some strides above 1
import * as tf from "@tensorflow/tfjs";

export function conv2dNhwc(
  x: tf.Tensor,
  filter: tf.Tensor,
  strides: number | [number, number],
  padding: "valid" | "same",
  bias?: tf.Tensor,
): tf.Tensor {
  return tf.tidy(() => {
    const out = tf.conv2d(x as tf.Tensor4D, filter as tf.Tensor4D, strides, padding);
    return bias ? tf.add(out, bias) : out;
  });
}
