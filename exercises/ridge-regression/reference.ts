// Centre X and y, solve (Xcᵀ Xc + λI) w = Xcᵀ yc by Cholesky (the matrix is symmetric
// positive definite under the contract), then b = ȳ - x̄ᵀ w. Centring is what leaves the
// intercept unpenalised, and it also keeps the system well conditioned when features sit
// far from zero. O(n d² + d³).
export function ridgeRegression(X: number[][], y: number[], lambda = 0): { weights: number[]; intercept: number } {
  const n = X.length, d = X[0]!.length;
  const xMean = new Float64Array(d);
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) xMean[j]! += X[i]![j]!;
    yMean += y[i]!;
  }
  for (let j = 0; j < d; j++) xMean[j]! /= n;
  yMean /= n;

  // A = Xcᵀ Xc + λI (lower triangle), rhs = Xcᵀ yc.
  const A = new Float64Array(d * d);
  const rhs = new Float64Array(d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const x = X[i]!;
    for (let j = 0; j < d; j++) row[j] = x[j]! - xMean[j]!;
    const yc = y[i]! - yMean;
    for (let j = 0; j < d; j++) {
      const rj = row[j]!;
      rhs[j]! += rj * yc;
      for (let k = 0; k <= j; k++) A[j * d + k]! += rj * row[k]!;
    }
  }
  for (let j = 0; j < d; j++) A[j * d + j]! += lambda;

  // Cholesky A = L Lᵀ in place (lower triangle), then two triangular solves.
  for (let j = 0; j < d; j++) {
    let diag = A[j * d + j]!;
    for (let k = 0; k < j; k++) diag -= A[j * d + k]! * A[j * d + k]!;
    const ljj = Math.sqrt(diag);
    A[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let s = A[i * d + j]!;
      for (let k = 0; k < j; k++) s -= A[i * d + k]! * A[j * d + k]!;
      A[i * d + j] = s / ljj;
    }
  }
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = rhs[i]!;
    for (let k = 0; k < i; k++) s -= A[i * d + k]! * z[k]!;
    z[i] = s / A[i * d + i]!;
  }
  const w = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < d; k++) s -= A[k * d + i]! * w[k]!;
    w[i] = s / A[i * d + i]!;
  }
  let intercept = yMean;
  for (let j = 0; j < d; j++) intercept -= xMean[j]! * w[j]!;
  return { weights: Array.from(w), intercept };
}
