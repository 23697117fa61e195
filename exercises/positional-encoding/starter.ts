import * as tf from "@tensorflow/tfjs";

/**
 * The Transformer's sinusoidal positional encoding, shape [seqLen, dModel]:
 * PE[p][2i] = sin(p / base^(2i / dModel)), PE[p][2i + 1] = cos(p / base^(2i / dModel)).
 */
export function positionalEncoding(seqLen: number, dModel: number, base = 10000): tf.Tensor {
  // Your code here.
  return tf.zeros([seqLen, dModel]);
}
