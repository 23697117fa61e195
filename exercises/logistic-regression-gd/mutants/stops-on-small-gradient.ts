// expect: wrong-answer — stops early once every gradient entry is below 1e-6, instead of running all the iterations asked for
export interface GdOptions {
  learningRate: number;
  iterations: number;
  l2?: number;
}

/** 1 / (1 + e^-z): finite for every z (e^-z overflows to Infinity, giving exactly 0). */
const TOL = 1e-6;
function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

// O(iterations · n · d). The data are copied once into a flat Float64Array so the inner
// loops run over contiguous memory.
export function logisticRegression(X: number[][], y: number[], options: GdOptions): { weights: number[]; bias: number } {
  const { learningRate, iterations } = options;
  const l2 = options.l2 ?? 0;
  const n = X.length, d = X[0]!.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) data[i * d + j] = X[i]![j]!;
  const w = new Float64Array(d);
  const grad = new Float64Array(d);
  let b = 0;
  for (let t = 0; t < iterations; t++) {
    grad.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * data[i * d + j]!;
      const err = sigmoid(z) - y[i]!;
      gradB += err;
      for (let j = 0; j < d; j++) grad[j]! += err * data[i * d + j]!;
    }
    let largest = Math.abs(gradB / n);
    for (let j = 0; j < d; j++) largest = Math.max(largest, Math.abs(grad[j]! / n + l2 * w[j]!));
    if (largest < TOL) break;
    for (let j = 0; j < d; j++) w[j]! -= learningRate * (grad[j]! / n + l2 * w[j]!);
    b -= learningRate * (gradB / n);
  }
  return { weights: Array.from(w), bias: b };
}
