// accepted — plain loops over the flat array, skipping positions outside the image
import * as tf from "@tensorflow/tfjs";

function plan(size: number, k: number, s: number, padding: "valid" | "same"): [number, number] {
  if (padding === "valid") return [Math.floor((size - k) / s) + 1, 0];
  const out = Math.ceil(size / s);
  return [out, Math.floor(Math.max((out - 1) * s + k - size, 0) / 2)];
}

export function maxPool2d(
  x: tf.Tensor,
  poolSize: number | [number, number],
  strides: number | [number, number],
  padding: "valid" | "same",
): tf.Tensor {
  const [kh, kw] = Array.isArray(poolSize) ? poolSize : [poolSize, poolSize];
  const [sh, sw] = Array.isArray(strides) ? strides : [strides, strides];
  const [n, h, w, c] = x.shape;
  const xs = x.dataSync();
  const [oh, top] = plan(h, kh, sh, padding);
  const [ow, left] = plan(w, kw, sw, padding);
  const y = new Float32Array(n * oh * ow * c).fill(-Infinity);
  for (let b = 0; b < n; b++)
    for (let i = 0; i < oh; i++)
      for (let j = 0; j < ow; j++) {
        const out = ((b * oh + i) * ow + j) * c;
        for (let r = Math.max(i * sh - top, 0); r < Math.min(i * sh - top + kh, h); r++)
          for (let col = Math.max(j * sw - left, 0); col < Math.min(j * sw - left + kw, w); col++) {
            const at = ((b * h + r) * w + col) * c;
            for (let ch = 0; ch < c; ch++) if (xs[at + ch]! > y[out + ch]!) y[out + ch] = xs[at + ch]!;
          }
      }
  return tf.tensor4d(y, [n, oh, ow, c]);
}
