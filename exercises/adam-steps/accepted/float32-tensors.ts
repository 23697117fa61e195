// accepted — the update with float32 tensor ops (m, v and theta as tensors, the bias-correction powers as float32 scalars)
import * as tf from "@tensorflow/tfjs";

export interface AdamOptions { lr?: number; beta1?: number; beta2?: number; epsilon?: number }

export function adam(params: number[], grads: number[][], options: AdamOptions = {}): number[][] {
  const { lr = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7 } = options;
  let theta = tf.tensor1d(params);
  let m = tf.zerosLike(theta);
  let v = tf.zerosLike(theta);
  let beta1Power = tf.scalar(1);
  let beta2Power = tf.scalar(1);
  const out: number[][] = [];
  for (const g of grads) {
    const next = tf.tidy(() => {
      const grad = tf.tensor1d(g);
      const b1p = tf.mul(beta1Power, beta1);
      const b2p = tf.mul(beta2Power, beta2);
      const m2 = tf.add(tf.mul(m, beta1), tf.mul(grad, 1 - beta1));
      const v2 = tf.add(tf.mul(v, beta2), tf.mul(tf.square(grad), 1 - beta2));
      const mHat = tf.div(m2, tf.sub(1, b1p));
      const vHat = tf.div(v2, tf.sub(1, b2p));
      const theta2 = tf.sub(theta, tf.div(tf.mul(mHat, lr), tf.add(tf.sqrt(vHat), epsilon)));
      return [theta2, m2, v2, b1p, b2p] as const;
    });
    tf.dispose([theta, m, v, beta1Power, beta2Power]);
    [theta, m, v, beta1Power, beta2Power] = next;
    out.push(Array.from(theta.dataSync()));
  }
  tf.dispose([theta, m, v, beta1Power, beta2Power]);
  return out;
}
