// accepted — sorts by descending score and sweeps the ROC curve one tie group at a time (trapezoids)
export function rocAuc(labels: number[], scores: number[]): number {
  const n = labels.length;
  let P = 0;
  for (const y of labels) P += y;
  const N = n - P;
  if (P === 0 || N === 0) return NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0, fp = 0, area = 0;
  for (let i = 0; i < n; ) {
    const prevTp = tp, prevFp = fp;
    let j = i;
    while (j < n && scores[order[j]!] === scores[order[i]!]) {
      if (labels[order[j]!] === 1) tp++;
      else fp++;
      j++;
    }
    area += ((fp - prevFp) * (tp + prevTp)) / 2;
    i = j;
  }
  return area / (P * N);
}
