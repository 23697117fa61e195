// expect: time-limit-exceeded — builds the output with concat, copying the whole array for every element: O(n^2) instead of linear time
import * as tf from "@tensorflow/tfjs";

export function dropout(x: tf.Tensor, u: tf.Tensor, rate: number, training: boolean): tf.Tensor {
  const xs = x.dataSync();
  const us = u.dataSync();
  let out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const kept = !training || rate === 0 ? xs[i]! : rate < 1 && us[i]! >= rate ? xs[i]! / (1 - rate) : 0;
    out = out.concat([kept]);
  }
  return tf.tensor(out, x.shape);
}
