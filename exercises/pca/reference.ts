export interface PcaResult {
  components: number[][];
  explainedVariance: number[];
  explainedVarianceRatio: number[];
}

/**
 * All eigenvalues and unit eigenvectors of a symmetric d×d matrix (row-major), by the
 * cyclic Jacobi method: rotate away each off-diagonal entry in turn until they are all
 * negligible. Accurate to rounding for every eigenvector, O(d³) per sweep, ~10 sweeps.
 */
function symmetricEigen(a: Float64Array, d: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  let scale = 0;
  for (let i = 0; i < d * d; i++) scale += a[i]! * a[i]!;
  // Convergence is quadratic; once the off-diagonal mass is down at rounding level it stops
  // shrinking, so also stop when a sweep no longer halves its norm.
  let lastOff = Infinity;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q]! * a[p * d + q]!;
    if (off <= 1e-32 * scale || (off > 0.25 * lastOff && off <= 1e-24 * scale)) break;
    lastOff = off;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q]!;
        if (apq === 0) continue;
        const app = a[p * d + p]!, aqq = a[q * d + q]!;
        // tan of the rotation angle, the smaller root for stability
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let r = 0; r < d; r++) {
          const arp = a[r * d + p]!, arq = a[r * d + q]!;
          a[r * d + p] = c * arp - s * arq;
          a[r * d + q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p * d + r]!, aqr = a[q * d + r]!;
          a[p * d + r] = c * apr - s * aqr;
          a[q * d + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < d; r++) {
          const vrp = v[r * d + p]!, vrq = v[r * d + q]!;
          v[r * d + p] = c * vrp - s * vrq;
          v[r * d + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(d);
  for (let i = 0; i < d; i++) values[i] = a[i * d + i]!;
  return { values, vectors: v }; // eigenvector i is column i of v
}

// Centre, form the d×d sample covariance in one pass over the data (O(n d²)), then take
// its eigendecomposition (O(d³)). Flip each component so its largest-|value| entry is positive.
export function pca(X: number[][], k: number): PcaResult {
  const n = X.length, d = X[0]!.length;
  const mean = new Float64Array(d);
  for (const row of X) for (let j = 0; j < d; j++) mean[j]! += row[j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  const cov = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (const row of X) {
    for (let j = 0; j < d; j++) centred[j] = row[j]! - mean[j]!;
    for (let i = 0; i < d; i++) {
      const ci = centred[i]!;
      for (let j = 0; j <= i; j++) cov[i * d + j]! += ci * centred[j]!;
    }
  }
  let total = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      cov[i * d + j]! /= n - 1;
      cov[j * d + i] = cov[i * d + j]!;
    }
    total += cov[i * d + i]!;
  }
  const { values, vectors } = symmetricEigen(cov, d);
  const order = Array.from({ length: d }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const components: number[][] = [], explainedVariance: number[] = [], explainedVarianceRatio: number[] = [];
  for (const col of order.slice(0, k)) {
    const u = Array.from({ length: d }, (_, r) => vectors[r * d + col]!);
    let big = 0;
    for (let r = 1; r < d; r++) if (Math.abs(u[r]!) > Math.abs(u[big]!)) big = r;
    const sign = u[big]! < 0 ? -1 : 1;
    components.push(u.map((x) => sign * x));
    explainedVariance.push(values[col]!);
    explainedVarianceRatio.push(values[col]! / total);
  }
  return { components, explainedVariance, explainedVarianceRatio };
}
