import * as tf from "@tensorflow/tfjs";

/**
 * softmax(q · kᵀ / sqrt(d)) · v over the keys each query may attend to.
 * q: [..., Lq, d], k: [..., Lk, d], v: [..., Lk, dv]; mask (bool, true = may attend)
 * broadcasts to [..., Lq, Lk]. Returns [..., Lq, dv].
 */
export function attention(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, mask?: tf.Tensor): tf.Tensor {
  // Your code here.
  return tf.zeros([0]);
}
