// expect: wrong-answer — scales the logits by 1/sqrt(dv), the size of the values, instead of 1/sqrt(d), the size of the queries and keys
import * as tf from "@tensorflow/tfjs";

// A numerically stable masked softmax: subtract each row's largest allowed logit, zero the
// blocked keys after exponentiating, and divide by a sum that is at least 1 for any row
// with an allowed key (its largest logit contributes exp(0) = 1). A row with no allowed key
// has a sum of 0 and stays all zeros.
export function attention(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, mask?: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const d = v.shape[v.rank - 1]!;
    const logits = tf.div(tf.matMul(q, k, false, true), Math.sqrt(d)); // [..., Lq, Lk]
    let weights: tf.Tensor;
    if (mask === undefined) {
      const e = tf.exp(tf.sub(logits, tf.max(logits, -1, true)));
      weights = tf.div(e, tf.sum(e, -1, true));
    } else {
      const allowed = tf.broadcastTo(tf.cast(mask, "bool"), logits.shape);
      const rowMax = tf.max(tf.where(allowed, logits, tf.fill(logits.shape, -Infinity)), -1, true);
      const shift = tf.where(tf.isFinite(rowMax), rowMax, tf.zerosLike(rowMax)); // fully blocked rows: -Infinity -> 0
      const e = tf.where(allowed, tf.exp(tf.sub(logits, shift)), tf.zerosLike(logits));
      weights = tf.div(e, tf.maximum(tf.sum(e, -1, true), 1e-30));
    }
    return tf.matMul(weights, v);
  });
}
