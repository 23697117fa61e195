export interface Split {
  feature: number;
  threshold: number;
  gain: number;
}

const TIE = 1e-9;

/** Impurity of a node from its class counts (`total` samples). */
function impurity(counts: Float64Array, total: number, criterion: "gini" | "entropy"): number {
  if (total === 0) return 0;
  let s = 0;
  if (criterion === "gini") {
    for (const c of counts) s += (c / total) * (c / total);
    return 1 - s;
  }
  for (const c of counts) if (c > 0) s -= (c / total) * Math.log2(c / total);
  return s;
}

// Per feature: sort the samples by value once (O(n log n)), then sweep from left to right,
// moving one sample at a time from the right child's class counts to the left child's.
// At each boundary between two distinct values, score the split in O(C). O(d · n (log n + C)).
export function bestSplit(X: number[][], y: number[], criterion: "gini" | "entropy"): Split | null {
  const n = X.length;
  if (n < 2) return null;
  const d = X[0]!.length;
  let numClasses = 0;
  for (const label of y) numClasses = Math.max(numClasses, label + 1);
  const parentCounts = new Float64Array(numClasses);
  for (const label of y) parentCounts[label]!++;
  const parent = impurity(parentCounts, n, criterion);

  let best: Split | null = null;
  let bestGain = 0;
  const left = new Float64Array(numClasses), right = new Float64Array(numClasses);
  const order = new Uint32Array(n);
  const values = new Float64Array(n);
  for (let f = 0; f < d; f++) {
    for (let i = 0; i < n; i++) {
      order[i] = i;
      values[i] = X[i]![f]!;
    }
    order.sort((a, b) => values[a]! - values[b]!);
    left.fill(0);
    right.set(parentCounts);
    for (let r = 0; r < n - 1; r++) {
      const i = order[r]!;
      left[y[i]!]!++;
      right[y[i]!]!--;
      const v = values[i]!, next = values[order[r + 1]!]!;
      if (v === next) continue;
      const nLeft = r + 1, nRight = n - nLeft;
      const gain = parent - (nLeft / n) * impurity(left, nLeft, criterion) - (nRight / n) * impurity(right, nRight, criterion);
      if (gain > bestGain + TIE) {
        bestGain = gain;
        best = { feature: f, threshold: (v + next) / 2, gain };
      }
    }
  }
  return best;
}
