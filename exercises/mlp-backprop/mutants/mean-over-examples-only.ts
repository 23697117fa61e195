// expect: wrong-answer — averages the squared error over the N examples only (summing over the K outputs), so loss and gradients are K times too large
import * as tf from "@tensorflow/tfjs";

export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  const n = x.shape[0]!;
  const z1 = x.matMul(w1 as tf.Tensor2D).add(b1);
  const h = z1.relu();
  const diff = h.matMul(w2 as tf.Tensor2D).add(b2).sub(y);
  const loss = diff.square().sum().div(n);
  const dOut = diff.mul(2 / n);
  const dZ1 = dOut.matMul(w2 as tf.Tensor2D, false, true).mul(z1.greater(0).cast("float32"));
  return {
    loss,
    dW1: x.matMul(dZ1 as tf.Tensor2D, true, false),
    db1: dZ1.sum(0),
    dW2: h.matMul(dOut as tf.Tensor2D, true, false),
    db2: dOut.sum(0),
  };
}
