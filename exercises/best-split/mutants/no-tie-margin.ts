// expect: wrong-answer — takes any gain larger than the best so far (no 1e-9 margin), so rounding noise in the last bits decides between splits of equal gain
export function bestSplit(X: number[][], y: number[], criterion: "gini" | "entropy") {
  const n = X.length;
  if (n < 2) return null;
  const d = X[0]!.length;
  const k = Math.max(...y) + 1;
  const imp = (c: number[], t: number) => {
    let s = 0;
    for (const v of c) if (v > 0) s += criterion === "gini" ? (v / t) ** 2 : -(v / t) * Math.log2(v / t);
    return criterion === "gini" ? 1 - s : s;
  };
  const total = new Array(k).fill(0);
  for (const c of y) total[c]++;
  const parent = imp(total, n);
  let best = null, bestGain = 0;
  for (let f = 0; f < d; f++) {
    const idx = [...Array(n).keys()].sort((a, b) => X[a]![f]! - X[b]![f]!);
    const L = new Array(k).fill(0), R = [...total];
    for (let r = 0; r < n - 1; r++) {
      const c = y[idx[r]!]!;
      L[c]++; R[c]--;
      const a = X[idx[r]!]![f]!, b = X[idx[r + 1]!]![f]!;
      if (a === b) continue;
      const gain = parent - ((r + 1) / n) * imp(L, r + 1) - ((n - r - 1) / n) * imp(R, n - r - 1);
      if (gain > bestGain) { bestGain = gain; best = { feature: f, threshold: (a + b) / 2, gain }; }
    }
  }
  return best;
}
