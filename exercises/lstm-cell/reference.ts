import * as tf from "@tensorflow/tfjs";

export function lstmCell(
  x: tf.Tensor, h: tf.Tensor, c: tf.Tensor, wx: tf.Tensor, wh: tf.Tensor, b: tf.Tensor,
): { h: tf.Tensor; c: tf.Tensor } {
  return tf.tidy(() => {
    const z = tf.add(tf.add(tf.matMul(x as tf.Tensor2D, wx as tf.Tensor2D), tf.matMul(h as tf.Tensor2D, wh as tf.Tensor2D)), b);
    const [zi, zf, zg, zo] = tf.split(z, 4, 1) as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];
    const nextC = tf.add(tf.mul(tf.sigmoid(zf), c), tf.mul(tf.sigmoid(zi), tf.tanh(zg)));
    const nextH = tf.mul(tf.sigmoid(zo), tf.tanh(nextC));
    return { h: nextH, c: nextC };
  });
}
