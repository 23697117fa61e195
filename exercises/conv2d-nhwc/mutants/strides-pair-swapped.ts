// expect: wrong-answer — reads a strides pair as [width, height] instead of [height, width]
import * as tf from "@tensorflow/tfjs";

/** Output size and zero padding before/after along one axis, TensorFlow's convention. */
function axisPlan(size: number, window: number, stride: number, padding: "valid" | "same") {
  if (padding === "valid") return { out: Math.floor((size - window) / stride) + 1, before: 0, after: 0 };
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + window - size, 0);
  return { out, before: Math.floor(total / 2), after: total - Math.floor(total / 2) };
}

// im2col: for each kernel offset (a, b), a strided slice of the padded input gives the input
// values that offset meets at every output position. Stacking the kH*kW slices makes one
// row of kH*kW*Cin values per output position, and one matMul with the filter reshaped to
// [kH*kW*Cin, Cout] does all the multiply-adds.
export function conv2dNhwc(
  x: tf.Tensor,
  filter: tf.Tensor,
  strides: number | [number, number],
  padding: "valid" | "same",
  bias?: tf.Tensor,
): tf.Tensor {
  const [sh, sw] = typeof strides === "number" ? [strides, strides] : [strides[1], strides[0]];
  const [n, h, w, cin] = x.shape as [number, number, number, number];
  const [kh, kw, , cout] = filter.shape as [number, number, number, number];
  const rows = axisPlan(h, kh, sh, padding);
  const cols = axisPlan(w, kw, sw, padding);
  return tf.tidy(() => {
    const padded = tf.pad(x as tf.Tensor4D, [[0, 0], [rows.before, rows.after], [cols.before, cols.after], [0, 0]]);
    const patches: tf.Tensor[] = [];
    for (let a = 0; a < kh; a++) {
      for (let b = 0; b < kw; b++) {
        const end = [n, a + (rows.out - 1) * sh + 1, b + (cols.out - 1) * sw + 1, cin];
        patches.push(tf.stridedSlice(padded, [0, a, b, 0], end, [1, sh, sw, 1]));
      }
    }
    // [N, H_out, W_out, kH*kW, Cin] -> one row per output position, ordered like the filter.
    const columns = tf.reshape(tf.stack(patches, 3), [n * rows.out * cols.out, kh * kw * cin]);
    let out = tf.matMul(columns as tf.Tensor2D, tf.reshape(filter, [kh * kw * cin, cout]) as tf.Tensor2D);
    if (bias) out = tf.add(out, bias);
    return tf.reshape(out, [n, rows.out, cols.out, cout]);
  });
}
