// accepted — plain loops over the flat arrays in float64, TensorFlow's "same" padding worked out per axis
import * as tf from "@tensorflow/tfjs";

function plan(size: number, k: number, s: number, padding: "valid" | "same"): [number, number] {
  if (padding === "valid") return [Math.floor((size - k) / s) + 1, 0];
  const out = Math.ceil(size / s);
  return [out, Math.floor(Math.max((out - 1) * s + k - size, 0) / 2)];
}

export function conv2dNhwc(
  x: tf.Tensor,
  filter: tf.Tensor,
  strides: number | [number, number],
  padding: "valid" | "same",
  bias?: tf.Tensor,
): tf.Tensor {
  const [sh, sw] = Array.isArray(strides) ? strides : [strides, strides];
  const [n, h, w, cin] = x.shape;
  const [kh, kw, , cout] = filter.shape;
  const xs = x.dataSync(), fs = filter.dataSync(), bs = bias ? bias.dataSync() : null;
  const [oh, top] = plan(h, kh, sh, padding);
  const [ow, left] = plan(w, kw, sw, padding);
  const y = new Float64Array(n * oh * ow * cout);
  for (let b = 0; b < n; b++)
    for (let i = 0; i < oh; i++)
      for (let j = 0; j < ow; j++) {
        const base = ((b * oh + i) * ow + j) * cout;
        for (let o = 0; o < cout; o++) y[base + o] = bs ? bs[o] : 0;
        for (let a = 0; a < kh; a++) {
          const r = i * sh + a - top;
          if (r < 0 || r >= h) continue;
          for (let c = 0; c < kw; c++) {
            const col = j * sw + c - left;
            if (col < 0 || col >= w) continue;
            for (let k = 0; k < cin; k++) {
              const xv = xs[((b * h + r) * w + col) * cin + k];
              const fBase = ((a * kw + c) * cin + k) * cout;
              for (let o = 0; o < cout; o++) y[base + o] += xv * fs[fBase + o];
            }
          }
        }
      }
  return tf.tensor4d(Float32Array.from(y), [n, oh, ow, cout]);
}
