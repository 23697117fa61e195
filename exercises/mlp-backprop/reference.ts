import * as tf from "@tensorflow/tfjs";

export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  return tf.tidy(() => {
    const X = x as tf.Tensor2D;
    // Forward, keeping what the backward pass needs.
    const z1 = tf.add(tf.matMul(X, w1 as tf.Tensor2D), b1); // [N, H]
    const h = tf.relu(z1) as tf.Tensor2D;
    const out = tf.add(tf.matMul(h, w2 as tf.Tensor2D), b2); // [N, K]
    const diff = tf.sub(out, y);
    const loss = tf.mean(tf.square(diff));
    // Backward: L = (1 / NK) Σ diff², so dL/dout = 2 diff / NK.
    const dOut = tf.mul(diff, 2 / diff.size) as tf.Tensor2D;
    const dW2 = tf.matMul(h, dOut, true, false); // hᵀ · dOut: [H, K]
    const db2 = tf.sum(dOut, 0);
    const dH = tf.matMul(dOut, w2 as tf.Tensor2D, false, true); // dOut · w2ᵀ: [N, H]
    const dZ1 = tf.mul(dH, tf.cast(tf.greater(z1, 0), "float32")) as tf.Tensor2D; // ReLU'(z) = 1 if z > 0 else 0
    const dW1 = tf.matMul(X, dZ1, true, false); // xᵀ · dZ1: [D, H]
    const db1 = tf.sum(dZ1, 0);
    return { loss, dW1, db1, dW2, db2 };
  });
}
