// accepted — centred normal equations accumulated row by row, solved by a Cholesky factorisation
export function ridgeRegression(X: number[][], y: number[], lambda: number = 0): { weights: number[]; intercept: number } {
  const n = X.length;
  const d = X[0]!.length;
  const xMean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  const A: number[][] = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? lambda : 0)));
  const rhs = new Array<number>(d).fill(0);
  for (let r = 0; r < n; r++) {
    const c = X[r]!.map((v, j) => v - xMean[j]!);
    const t = y[r]! - yMean;
    for (let i = 0; i < d; i++) {
      rhs[i]! += c[i]! * t;
      for (let j = 0; j <= i; j++) A[i]![j]! += c[i]! * c[j]!;
    }
  }
  // A = L Lᵀ, lower triangle only.
  const L: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let m = 0; m < j; m++) s -= L[i]![m]! * L[j]![m]!;
      if (i === j) {
        // A constant or repeated feature with λ > 0 keeps s >= λ; a zero pivot means weight 0.
        L[i]![i] = s > 0 ? Math.sqrt(s) : 0;
      } else {
        L[i]![j] = L[j]![j]! > 0 ? s / L[j]![j]! : 0;
      }
    }
  }
  const z = new Array<number>(d).fill(0);
  for (let i = 0; i < d; i++) {
    let s = rhs[i]!;
    for (let m = 0; m < i; m++) s -= L[i]![m]! * z[m]!;
    z[i] = L[i]![i]! > 0 ? s / L[i]![i]! : 0;
  }
  const w = new Array<number>(d).fill(0);
  for (let i = d - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let m = i + 1; m < d; m++) s -= L[m]![i]! * w[m]!;
    w[i] = L[i]![i]! > 0 ? s / L[i]![i]! : 0;
  }
  return { weights: w, intercept: yMean - xMean.reduce((s, m, j) => s + m * w[j]!, 0) };
}
