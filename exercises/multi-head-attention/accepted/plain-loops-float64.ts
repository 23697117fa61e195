// accepted — plain loops in float64: projections, per-head causal softmax with a running maximum, output projection
import * as tf from "@tensorflow/tfjs";

export function multiHeadAttention(
  x: tf.Tensor, wq: tf.Tensor, wk: tf.Tensor, wv: tf.Tensor, wo: tf.Tensor, numHeads: number,
): tf.Tensor {
  const [batch, seq, d] = x.shape as [number, number, number];
  const dh = d / numHeads;
  const xs = x.dataSync();
  const rows = batch * seq;
  const project = (input: ArrayLike<number>, w: ArrayLike<number>) => {
    const out = new Float64Array(rows * d);
    for (let r = 0; r < rows; r++)
      for (let t = 0; t < d; t++) {
        const v = input[r * d + t]!;
        for (let j = 0; j < d; j++) out[r * d + j] += v * w[t * d + j]!;
      }
    return out;
  };
  const q = project(xs, wq.dataSync()), k = project(xs, wk.dataSync()), v = project(xs, wv.dataSync());
  const merged = new Float64Array(rows * d);
  const scores = new Float64Array(seq);
  const scale = 1 / Math.sqrt(dh);
  for (let b = 0; b < batch; b++)
    for (let h = 0; h < numHeads; h++)
      for (let t = 0; t < seq; t++) {
        const qi = (b * seq + t) * d + h * dh;
        let max = -Infinity;
        for (let s = 0; s <= t; s++) {
          const ki = (b * seq + s) * d + h * dh;
          let dot = 0;
          for (let e = 0; e < dh; e++) dot += q[qi + e]! * k[ki + e]!;
          scores[s] = dot * scale;
          if (scores[s]! > max) max = scores[s]!;
        }
        let sum = 0;
        for (let s = 0; s <= t; s++) sum += (scores[s] = Math.exp(scores[s]! - max));
        for (let s = 0; s <= t; s++) {
          const w = scores[s]! / sum, vi = (b * seq + s) * d + h * dh;
          for (let e = 0; e < dh; e++) merged[qi + e] += w * v[vi + e]!;
        }
      }
  return tf.tensor3d(Float32Array.from(project(merged, wo.dataSync())), [batch, seq, d]);
}
