// expect: time-limit-exceeded — fills each confusion cell by filtering all samples: O(n · k²) instead of one O(n) pass
export function classificationMetrics(yTrue: number[], yPred: number[], numClasses: number) {
  const k = numClasses;
  const confusion = Array.from({ length: k }, (_, t) =>
    Array.from({ length: k }, (_, p) => yTrue.filter((y, i) => y === t && yPred[i] === p).length));
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision: number[] = [], recall: number[] = [], f1: number[] = [];
  let tp = 0;
  for (let c = 0; c < k; c++) {
    let col = 0, row = 0;
    for (let i = 0; i < k; i++) { col += confusion[i]![c]!; row += confusion[c]![i]!; }
    tp += confusion[c]![c]!;
    precision.push(div(confusion[c]![c]!, col));
    recall.push(div(confusion[c]![c]!, row));
    f1.push(div(2 * precision[c]! * recall[c]!, precision[c]! + recall[c]!));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / k;
  const acc = div(tp, yTrue.length);
  return {
    confusion, precision, recall, f1,
    macro: { precision: mean(precision), recall: mean(recall), f1: mean(f1) },
    micro: { precision: acc, recall: acc, f1: div(2 * acc * acc, acc + acc) },
  };
}
