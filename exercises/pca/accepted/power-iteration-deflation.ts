// accepted — power iteration with deflation, run until the vector stops changing (the method the statement sketches)
export function pca(X: number[][], k: number): { components: number[][]; explainedVariance: number[]; explainedVarianceRatio: number[] } {
  const n = X.length;
  const d = X[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
  const C: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const row of X) {
    const c = row.map((v, j) => v - mean[j]!);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) C[i]![j]! += (c[i]! * c[j]!) / (n - 1);
  }
  let trace = 0;
  for (let i = 0; i < d; i++) trace += C[i]![i]!;

  const multiply = (v: number[]) => C.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
  const components: number[][] = [];
  const explainedVariance: number[] = [];
  for (let comp = 0; comp < k; comp++) {
    // A start vector with no special direction; re-orthogonalised against the found
    // components, whose directions deflation has removed (up to rounding).
    let v = Array.from({ length: d }, (_, j) => 1 + 0.1 * Math.sin(j + 1 + comp));
    // Rounding keeps a small component's vector jittering at about 1e-16 λ₁/λᵢ, so the
    // tolerance alone may never be met: an iteration cap ends those runs.
    for (let iter = 0; iter < 10_000; iter++) {
      for (const u of components) {
        const dot = u.reduce((s, x, j) => s + x * v[j]!, 0);
        v = v.map((x, j) => x - dot * u[j]!);
      }
      const w = multiply(v);
      const norm = Math.hypot(...w);
      if (norm === 0) break;
      const next = w.map((x) => x / norm);
      const change = Math.hypot(...next.map((x, j) => x - v[j]!));
      v = next;
      if (change < 1e-12) break;
    }
    const Cv = multiply(v);
    const lambda = v.reduce((s, x, j) => s + x * Cv[j]!, 0);
    let big = 0;
    for (let j = 1; j < d; j++) if (Math.abs(v[j]!) > Math.abs(v[big]!)) big = j;
    const u = v[big]! < 0 ? v.map((x) => -x) : v;
    components.push(u);
    explainedVariance.push(lambda);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) C[i]![j]! -= lambda * u[i]! * u[j]!;
  }
  return { components, explainedVariance, explainedVarianceRatio: explainedVariance.map((l) => l / trace) };
}
