export interface Averages {
  precision: number;
  recall: number;
  f1: number;
}

export interface Metrics {
  confusion: number[][];
  precision: number[];
  recall: number[];
  f1: number[];
  macro: Averages;
  micro: Averages;
}

/** a / b, with 0 for 0 / 0 (the zero-division rule). */
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => ratio(2 * p * r, p + r);

// One pass fills the confusion matrix; row sums are the true counts (TP + FN), column
// sums the predicted counts (TP + FP). Everything else follows in O(k^2).
export function classificationMetrics(yTrue: number[], yPred: number[], numClasses: number): Metrics {
  const k = numClasses;
  const counts = new Float64Array(k * k);
  for (let i = 0; i < yTrue.length; i++) counts[yTrue[i]! * k + yPred[i]!]!++;
  const confusion: number[][] = [];
  const actual = new Array<number>(k).fill(0), predicted = new Array<number>(k).fill(0);
  for (let t = 0; t < k; t++) {
    const row = Array.from(counts.subarray(t * k, (t + 1) * k));
    confusion.push(row);
    for (let p = 0; p < k; p++) {
      actual[t]! += row[p]!;
      predicted[p]! += row[p]!;
    }
  }
  const precision: number[] = [], recall: number[] = [], f1: number[] = [];
  let truePositives = 0;
  for (let c = 0; c < k; c++) {
    const tp = confusion[c]![c]!;
    truePositives += tp;
    precision.push(ratio(tp, predicted[c]!));
    recall.push(ratio(tp, actual[c]!));
    f1.push(harmonic(precision[c]!, recall[c]!));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / k;
  // Every sample is one prediction and one true label, so the pooled TP + FP and TP + FN
  // are both n: micro precision, recall and F1 all equal the accuracy.
  const accuracy = ratio(truePositives, yTrue.length);
  return {
    confusion,
    precision,
    recall,
    f1,
    macro: { precision: mean(precision), recall: mean(recall), f1: mean(f1) },
    micro: { precision: accuracy, recall: accuracy, f1: harmonic(accuracy, accuracy) },
  };
}
