// expect: time-limit-exceeded — n <= 300,000 with O(n log n): this one draws the ROC curve by recounting true and false positives over all samples at every distinct score, O(n · distinct scores)
export function rocAuc(labels: number[], scores: number[]): number {
  const P = labels.filter((y) => y === 1).length;
  const N = labels.length - P;
  if (P === 0 || N === 0) return NaN;
  const thresholds = [...new Set(scores.map((s) => s + 0))].sort((a, b) => b - a);
  let area = 0, prevTpr = 0, prevFpr = 0;
  for (const t of thresholds) {
    let tp = 0, fp = 0;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i]! >= t) {
        if (labels[i] === 1) tp++;
        else fp++;
      }
    }
    const tpr = tp / P, fpr = fp / N;
    area += ((fpr - prevFpr) * (tpr + prevTpr)) / 2;
    prevTpr = tpr;
    prevFpr = fpr;
  }
  return area;
}
