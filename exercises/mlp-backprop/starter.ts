import * as tf from "@tensorflow/tfjs";

/**
 * out = relu(x·w1 + b1)·w2 + b2; loss = mean over all N*K entries of (out - y)^2.
 * Returns the loss (a scalar) and its gradients with respect to w1, b1, w2 and b2,
 * computed by hand (no tf.grad). ReLU'(0) = 0.
 */
export function mlpForwardBackward(
  x: tf.Tensor, y: tf.Tensor, w1: tf.Tensor, b1: tf.Tensor, w2: tf.Tensor, b2: tf.Tensor,
): { loss: tf.Tensor; dW1: tf.Tensor; db1: tf.Tensor; dW2: tf.Tensor; db2: tf.Tensor } {
  // Your code here.
  return { loss: tf.scalar(0), dW1: tf.zerosLike(w1), db1: tf.zerosLike(b1), dW2: tf.zerosLike(w2), db2: tf.zerosLike(b2) };
}
