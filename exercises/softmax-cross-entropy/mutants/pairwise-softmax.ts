// expect: time-limit-exceeded — takes each class's probability as 1 / sum_c' exp(z_c' - z_c), a sum over all classes per class: O(N C^2) instead of O(NC)
import * as tf from "@tensorflow/tfjs";

export function softmaxCrossEntropy(logits: tf.Tensor, labels: tf.Tensor): tf.Tensor {
  const z = logits.dataSync();
  const y = labels.dataSync();
  const [n, c] = logits.shape as [number, number];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = i * c;
    // Every class's loss is computed (as a full softmax would be), though only the true one is used.
    let trueLoss = 0;
    for (let k = 0; k < c; k++) {
      let max = -Infinity;
      for (let j = 0; j < c; j++) max = Math.max(max, z[row + j]! - z[row + k]!);
      let sum = 0;
      for (let j = 0; j < c; j++) sum += Math.exp(z[row + j]! - z[row + k]! - max);
      if (k === y[i]) trueLoss = max + Math.log(sum);
    }
    total += trueLoss;
  }
  return tf.scalar(total / n);
}
