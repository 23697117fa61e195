// accepted — tfjs ops in chained style: tf.losses.meanSquaredError for the loss, explicit transposes, the ReLU mask as sign(relu(z1)), bias gradients as ones · dZ
import * as tf from "@tensorflow/tfjs";

export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  return tf.tidy(() => {
    const X = x as tf.Tensor2D, W1 = w1 as tf.Tensor2D, W2 = w2 as tf.Tensor2D;
    const [n, k] = y.shape as [number, number];
    const a = X.matMul(W1).add(b1).relu() as tf.Tensor2D;
    const out = a.matMul(W2).add(b2) as tf.Tensor2D;
    const loss = tf.losses.meanSquaredError(y, out);
    const dOut = out.sub(y).mul(2 / (n * k)) as tf.Tensor2D;
    const ones = tf.ones([1, n]) as tf.Tensor2D;
    // a > 0 exactly where z1 > 0, so sign(a) is relu' with relu'(0) = 0.
    const dZ1 = dOut.matMul(W2.transpose()).mul(a.sign()) as tf.Tensor2D;
    return {
      loss,
      dW1: X.transpose().matMul(dZ1),
      db1: ones.matMul(dZ1).reshape(b1.shape),
      dW2: a.transpose().matMul(dOut),
      db2: ones.matMul(dOut).reshape(b2.shape),
    };
  });
}
