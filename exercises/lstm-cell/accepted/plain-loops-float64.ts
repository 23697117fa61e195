// accepted — plain loops in float64 over the flat arrays, one pass per batch row
import * as tf from "@tensorflow/tfjs";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function lstmCell(
  x: tf.Tensor, h: tf.Tensor, c: tf.Tensor, wx: tf.Tensor, wh: tf.Tensor, b: tf.Tensor,
): { h: tf.Tensor; c: tf.Tensor } {
  const [batch, inputs] = x.shape as [number, number];
  const hidden = h.shape[1]!;
  const xs = x.dataSync(), hs = h.dataSync(), cs = c.dataSync(), wxs = wx.dataSync(), whs = wh.dataSync(), bs = b.dataSync();
  const nextH = new Float32Array(batch * hidden), nextC = new Float32Array(batch * hidden);
  const z = new Float64Array(4 * hidden);
  for (let r = 0; r < batch; r++) {
    for (let col = 0; col < 4 * hidden; col++) z[col] = bs[col]!;
    for (let t = 0; t < inputs; t++) {
      const xv = xs[r * inputs + t]!;
      for (let col = 0; col < 4 * hidden; col++) z[col] += xv * wxs[t * 4 * hidden + col]!;
    }
    for (let t = 0; t < hidden; t++) {
      const hv = hs[r * hidden + t]!;
      for (let col = 0; col < 4 * hidden; col++) z[col] += hv * whs[t * 4 * hidden + col]!;
    }
    for (let u = 0; u < hidden; u++) {
      const i = sigmoid(z[u]!), f = sigmoid(z[hidden + u]!), g = Math.tanh(z[2 * hidden + u]!), o = sigmoid(z[3 * hidden + u]!);
      const cell = f * cs[r * hidden + u]! + i * g;
      nextC[r * hidden + u] = cell;
      nextH[r * hidden + u] = o * Math.tanh(cell);
    }
  }
  return { h: tf.tensor2d(nextH, [batch, hidden]), c: tf.tensor2d(nextC, [batch, hidden]) };
}
