// expect: wrong-answer — computes tanh(c') in float32 as (e^{2c'} - 1) / (e^{2c'} + 1), which overflows to NaN for a large cell state
import * as tf from "@tensorflow/tfjs";

function tanh(t: tf.Tensor): tf.Tensor {
  const e = tf.exp(tf.mul(t, 2));
  return tf.div(tf.sub(e, 1), tf.add(e, 1));
}

export function lstmCell(
  x: tf.Tensor, h: tf.Tensor, c: tf.Tensor, wx: tf.Tensor, wh: tf.Tensor, b: tf.Tensor,
): { h: tf.Tensor; c: tf.Tensor } {
  return tf.tidy(() => {
    const z = tf.add(tf.add(tf.matMul(x as tf.Tensor2D, wx as tf.Tensor2D), tf.matMul(h as tf.Tensor2D, wh as tf.Tensor2D)), b);
    const [zi, zf, zg, zo] = tf.split(z, 4, 1) as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];
    const nextC = tf.add(tf.mul(tf.sigmoid(zf), c), tf.mul(tf.sigmoid(zi), tf.tanh(zg)));
    return { h: tf.mul(tf.sigmoid(zo), tanh(nextC)), c: nextC };
  });
}
