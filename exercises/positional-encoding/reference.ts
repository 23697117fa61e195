import * as tf from "@tensorflow/tfjs";

// Angles and their sines are computed in float64 and rounded once into the float32 tensor,
// so the expected values are as exact as float32 can hold them.
export function positionalEncoding(seqLen: number, dModel: number, base = 10000): tf.Tensor {
  const values = new Float32Array(seqLen * dModel);
  for (let j = 0; j < dModel; j++) {
    const pair = j - (j % 2); // 2i for both columns 2i and 2i + 1
    const inverseFrequency = Math.pow(base, -pair / dModel);
    for (let p = 0; p < seqLen; p++) {
      const angle = p * inverseFrequency;
      values[p * dModel + j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return tf.tensor2d(values, [seqLen, dModel]);
}
