// expect: wrong-answer — applies the weights transposed, x · wᵀ (columns index input features), instead of x · w
import * as tf from "@tensorflow/tfjs";

export function multiHeadAttention(
  x: tf.Tensor, wq: tf.Tensor, wk: tf.Tensor, wv: tf.Tensor, wo: tf.Tensor, numHeads: number,
): tf.Tensor {
  const [batch, seq, dModel] = x.shape as [number, number, number];
  const dHead = dModel / numHeads;
  return tf.tidy(() => {
    const rows = tf.reshape(x, [batch * seq, dModel]) as tf.Tensor2D;
    // [B*T, D] -> [B, T, H, dh] -> [B, H, T, dh]: head h owns columns h*dh .. (h+1)*dh - 1.
    const heads = (w: tf.Tensor) =>
      tf.transpose(tf.reshape(tf.matMul(rows, w as tf.Tensor2D, false, true), [batch, seq, numHeads, dHead]), [0, 2, 1, 3]);
    const q = heads(wq), k = heads(wk), v = heads(wv);
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(dHead)); // [B, H, T, T]
    // Key s is visible from query t when s <= t: the lower triangle, diagonal included.
    const causal = tf.broadcastTo(tf.cast(tf.linalg.bandPart(tf.ones([seq, seq]), -1, 0), "bool"), scores.shape);
    const masked = tf.where(causal, scores, tf.fill(scores.shape, -Infinity));
    // Stable softmax: subtract each row's maximum (finite: the diagonal is never masked).
    const e = tf.exp(tf.sub(masked, tf.max(masked, -1, true)));
    const weights = tf.div(e, tf.sum(e, -1, true));
    const context = tf.matMul(weights, v); // [B, H, T, dh]
    const merged = tf.reshape(tf.transpose(context, [0, 2, 1, 3]), [batch * seq, dModel]) as tf.Tensor2D;
    return tf.reshape(tf.matMul(merged, wo as tf.Tensor2D, false, true), [batch, seq, dModel]);
  });
}
