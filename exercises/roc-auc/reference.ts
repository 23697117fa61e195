// AUC as the Mann-Whitney statistic: for every positive, count the negatives scored
// below it and, at half weight, those scored equal. Sorting the two classes' scores
// separately (typed arrays sort numerically, natively) lets one sweep count both with
// two pointers into the sorted negatives: O(n log n) in all.
export function rocAuc(labels: number[], scores: number[]): number {
  const n = labels.length;
  let numPos = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) numPos++;
  const numNeg = n - numPos;
  if (numPos === 0 || numNeg === 0) return NaN;
  const pos = new Float64Array(numPos);
  const neg = new Float64Array(numNeg);
  for (let i = 0, p = 0, q = 0; i < n; i++) {
    if (labels[i] === 1) pos[p++] = scores[i]!;
    else neg[q++] = scores[i]!;
  }
  pos.sort();
  neg.sort();
  // below: negatives with a smaller score; notAbove: negatives with a smaller or equal one.
  let below = 0, notAbove = 0, twiceWins = 0;
  for (let p = 0; p < numPos; p++) {
    const s = pos[p]!;
    while (below < numNeg && neg[below]! < s) below++;
    if (notAbove < below) notAbove = below;
    while (notAbove < numNeg && neg[notAbove]! <= s) notAbove++;
    twiceWins += below + notAbove; // 2 * (below + 0.5 * ties), exact in float64
  }
  return twiceWins / 2 / numPos / numNeg;
}
