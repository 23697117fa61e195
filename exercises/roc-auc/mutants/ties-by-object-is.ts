// expect: wrong-answer — "-0 and 0 are the same score": this one groups tied scores with Object.is, so -0 and 0 get different ranks
export function rocAuc(labels: number[], scores: number[]): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || (Object.is(scores[a], -0) ? -1 : 0) - (Object.is(scores[b], -0) ? -1 : 0));
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && Object.is(scores[order[j + 1]!], scores[order[i]!])) j++;
    for (let k = i; k <= j; k++) ranks[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let P = 0, rankSum = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) { P++; rankSum += ranks[i]!; }
  const N = n - P;
  if (P === 0 || N === 0) return NaN;
  return (rankSum - (P * (P + 1)) / 2) / (P * N);
}
