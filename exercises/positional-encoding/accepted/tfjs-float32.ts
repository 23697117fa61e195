// accepted — tfjs ops in float32: an outer product of positions and inverse frequencies, exp(-2i ln(base) / d)
import * as tf from "@tensorflow/tfjs";

export function positionalEncoding(seqLen: number, dModel: number, base = 10000): tf.Tensor {
  return tf.tidy(() => {
    const positions = tf.range(0, seqLen).reshape([seqLen, 1]);
    const column = tf.range(0, dModel);
    const pairStart = tf.mul(tf.floorDiv(column, 2), 2); // 2i for columns 2i and 2i + 1
    const inverseFrequency = tf.exp(tf.mul(pairStart, -Math.log(base) / dModel));
    const angles = tf.mul(positions, inverseFrequency.reshape([1, dModel]));
    const even = tf.equal(tf.mod(column, 2), 0).reshape([1, dModel]);
    return tf.where(tf.broadcastTo(even, [seqLen, dModel]), tf.sin(angles), tf.cos(angles));
  });
}
