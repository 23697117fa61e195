// expect: wrong-answer — reads a strides pair as [width, height] instead of [height, width]
import * as tf from "@tensorflow/tfjs";

/** Output size and padding before/after along one axis, TensorFlow's convention. */
function axisPlan(size: number, window: number, stride: number, padding: "valid" | "same") {
  if (padding === "valid") return { out: Math.floor((size - window) / stride) + 1, before: 0, after: 0 };
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + window - size, 0);
  return { out, before: Math.floor(total / 2), after: total - Math.floor(total / 2) };
}

// Pads explicitly with -Infinity (a padded cell can never be the maximum), then pools only
// windows that fit.
export function maxPool2d(
  x: tf.Tensor,
  poolSize: number | [number, number],
  strides: number | [number, number],
  padding: "valid" | "same",
): tf.Tensor {
  const [kh, kw] = typeof poolSize === "number" ? [poolSize, poolSize] : poolSize;
  const [sh, sw] = typeof strides === "number" ? [strides, strides] : [strides[1], strides[0]];
  const [, h, w] = x.shape as [number, number, number, number];
  const rows = axisPlan(h, kh, sh, padding);
  const cols = axisPlan(w, kw, sw, padding);
  return tf.tidy(() => {
    const padded = tf.pad(x as tf.Tensor4D, [[0, 0], [rows.before, rows.after], [cols.before, cols.after], [0, 0]], -Infinity);
    return tf.maxPool(padded, [kh, kw], [sh, sw], "valid");
  });
}
