import * as tf from "@tensorflow/tfjs";

// loss_n = log Σ_c exp(z_nc - m_n) - (z_n,y_n - m_n) with m_n the row maximum: every exp
// is at most 1, the sum is at least 1, and the true-class logit is taken on the same shift,
// so neither overflow nor log(0) can occur.
export function softmaxCrossEntropy(logits: tf.Tensor, labels: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const numClasses = logits.shape[1]!;
    const shifted = tf.sub(logits, tf.max(logits, 1, true));
    const logSumExp = tf.log(tf.sum(tf.exp(shifted), 1));
    const trueLogit = tf.sum(tf.mul(shifted, tf.oneHot(tf.cast(labels, "int32"), numClasses)), 1);
    return tf.mean(tf.sub(logSumExp, trueLogit));
  });
}
