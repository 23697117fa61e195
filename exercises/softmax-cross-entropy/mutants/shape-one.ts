// expect: wrong-answer — returns the mean as a tensor of shape [1] instead of a scalar (shape [])
import * as tf from "@tensorflow/tfjs";

export function softmaxCrossEntropy(logits: tf.Tensor, labels: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const shifted = tf.sub(logits, tf.max(logits, 1, true));
    const logSumExp = tf.log(tf.sum(tf.exp(shifted), 1));
    const trueLogit = tf.sum(tf.mul(shifted, tf.oneHot(tf.cast(labels, "int32"), logits.shape[1]!)), 1);
    return tf.reshape(tf.mean(tf.sub(logSumExp, trueLogit)), [1]);
  });
}
