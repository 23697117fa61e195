// expect: wrong-answer — sums the bias gradients with keepDims, returning shapes [1, H] and [1, K] instead of the biases' [H] and [K]
import * as tf from "@tensorflow/tfjs";

export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  const z1 = x.matMul(w1 as tf.Tensor2D).add(b1);
  const h = z1.relu();
  const diff = h.matMul(w2 as tf.Tensor2D).add(b2).sub(y);
  const loss = diff.square().mean();
  const dOut = diff.mul(2 / diff.size);
  const dZ1 = dOut.matMul(w2 as tf.Tensor2D, false, true).mul(z1.greater(0).cast("float32"));
  return {
    loss,
    dW1: x.matMul(dZ1 as tf.Tensor2D, true, false),
    db1: dZ1.sum(0, true),
    dW2: h.matMul(dOut as tf.Tensor2D, true, false),
    db2: dOut.sum(0, true),
  };
}
