import * as tf from "@tensorflow/tfjs";

/**
 * One LSTM step. z = x·wx + h·wh + b has 4H columns: gates i, f, g, o in that order.
 * c' = σ(f) ⊙ c + σ(i) ⊙ tanh(g);  h' = σ(o) ⊙ tanh(c').
 * x: [B, I]; h, c: [B, H]; wx: [I, 4H]; wh: [H, 4H]; b: [4H].
 */
export function lstmCell(
  x: tf.Tensor, h: tf.Tensor, c: tf.Tensor, wx: tf.Tensor, wh: tf.Tensor, b: tf.Tensor,
): { h: tf.Tensor; c: tf.Tensor } {
  // Your code here.
  return { h, c };
}
