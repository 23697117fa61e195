// accepted — plain loops in double precision over dataSync(), log-sum-exp with the row maximum
import * as tf from "@tensorflow/tfjs";

export function softmaxCrossEntropy(logits: tf.Tensor, labels: tf.Tensor): tf.Tensor {
  const z = logits.dataSync();
  const y = labels.dataSync();
  const [n, c] = logits.shape as [number, number];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = i * c;
    let max = -Infinity;
    for (let j = 0; j < c; j++) max = Math.max(max, z[row + j]!);
    let sum = 0;
    for (let j = 0; j < c; j++) sum += Math.exp(z[row + j]! - max);
    total += max + Math.log(sum) - z[row + y[i]!]!;
  }
  return tf.scalar(total / n);
}
