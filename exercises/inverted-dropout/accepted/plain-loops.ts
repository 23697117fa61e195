// accepted — a plain loop over the values of x and u, building a Float32Array
import * as tf from "@tensorflow/tfjs";

export function dropout(x: tf.Tensor, u: tf.Tensor, rate: number, training: boolean): tf.Tensor {
  const xs = x.dataSync();
  if (!training) return tf.tensor(Float32Array.from(xs), x.shape);
  const us = u.dataSync();
  const out = new Float32Array(xs.length);
  const scale = rate < 1 ? 1 / (1 - rate) : 0;
  for (let i = 0; i < xs.length; i++) out[i] = us[i]! >= rate ? xs[i]! * scale : 0;
  return tf.tensor(out, x.shape);
}
