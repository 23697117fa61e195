// accepted — nested-array confusion matrix, per-class TP/FP/FN, micro scores pooled from the sums
export function classificationMetrics(yTrue: number[], yPred: number[], numClasses: number) {
  const k = numClasses;
  const confusion: number[][] = [];
  for (let t = 0; t < k; t++) confusion.push(new Array(k).fill(0));
  yTrue.forEach((t, i) => { confusion[t]![yPred[i]!]! += 1; });
  const safe = (a: number, b: number) => (b > 0 ? a / b : 0);
  const f = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  const precision: number[] = [], recall: number[] = [], f1: number[] = [];
  let tpSum = 0, fpSum = 0, fnSum = 0;
  for (let c = 0; c < k; c++) {
    const tp = confusion[c]![c]!;
    let fp = 0, fn = 0;
    for (let o = 0; o < k; o++) {
      if (o === c) continue;
      fp += confusion[o]![c]!;
      fn += confusion[c]![o]!;
    }
    tpSum += tp; fpSum += fp; fnSum += fn;
    const p = safe(tp, tp + fp), r = safe(tp, tp + fn);
    precision.push(p); recall.push(r); f1.push(f(p, r));
  }
  const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / k;
  const mp = safe(tpSum, tpSum + fpSum), mr = safe(tpSum, tpSum + fnSum);
  return {
    confusion, precision, recall, f1,
    macro: { precision: avg(precision), recall: avg(recall), f1: avg(f1) },
    micro: { precision: mp, recall: mr, f1: f(mp, mr) },
  };
}
