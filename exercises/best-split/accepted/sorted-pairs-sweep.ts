// accepted — per feature, sort (value, label) pairs and sweep with class-count Maps
export function bestSplit(X: number[][], y: number[], criterion: "gini" | "entropy") {
  const n = X.length;
  const impurity = (counts: Map<number, number>, size: number): number => {
    if (size === 0) return 0;
    let s = 0;
    for (const c of counts.values()) {
      const p = c / size;
      if (criterion === "gini") s += p * p;
      else if (p > 0) s -= p * Math.log2(p);
    }
    return criterion === "gini" ? 1 - s : s;
  };
  const all = new Map<number, number>();
  for (const label of y) all.set(label, (all.get(label) ?? 0) + 1);
  const parent = impurity(all, n);
  let best: { feature: number; threshold: number; gain: number } | null = null;
  const d = n > 0 ? X[0]!.length : 0;
  for (let f = 0; f < d; f++) {
    const pairs = X.map((row, i) => [row[f]!, y[i]!] as [number, number]).sort((a, b) => a[0] - b[0]);
    const left = new Map<number, number>();
    const right = new Map(all);
    for (let k = 0; k + 1 < n; k++) {
      const [value, label] = pairs[k]!;
      left.set(label, (left.get(label) ?? 0) + 1);
      right.set(label, right.get(label)! - 1);
      const next = pairs[k + 1]![0];
      if (next === value) continue;
      const nl = k + 1, nr = n - nl;
      const gain = parent - (nl / n) * impurity(left, nl) - (nr / n) * impurity(right, nr);
      if (gain > (best?.gain ?? 0) + 1e-9) best = { feature: f, threshold: (value + next) / 2, gain };
    }
  }
  return best;
}
