import { closeTo, defineChecks, fc, PASS, randomOrthogonal, type CheckOutcome, type Rng, type TestCase, type Tolerance, type Value } from "../../src/judge/kit";
import { pca, type PcaResult } from "./reference";

/**
 * Whether the top-k components are well defined, so that every correct method agrees to the
 * tolerance: each of the top k eigenvalues at least 1e-6 of the largest (below ~1e-9 of it, rounding in
 * C alone moves an eigenvector by more than the tolerance) and at least 10% above the next one, and in each
 * component the largest |entry| ahead of the runner-up by 1e-3 (the sign rule is then clear-cut).
 */
function wellPosed(X: number[][], k: number): boolean {
  const d = X[0]!.length;
  const full = pca(X, d);
  const lambda = full.explainedVariance;
  for (let i = 0; i < k; i++) {
    if (!(lambda[i]! >= 1e-6 * lambda[0]!)) return false;
    if (i + 1 < d && !(lambda[i]! >= 1.1 * lambda[i + 1]!)) return false;
  }
  for (const u of full.components.slice(0, k)) {
    const mags = u.map(Math.abs).sort((a, b) => b - a);
    if (d > 1 && mags[0]! - mags[1]! < 1e-3) return false;
  }
  return true;
}

/**
 * n points whose covariance has eigenvalues about spreads[i]² along a random rotation,
 * shifted by `offset`; redrawn until the top k components are well posed.
 */
function randomCase(rng: Rng, n: number, spreads: number[], k: number, offset = 0): Value[] {
  const d = spreads.length;
  for (;;) {
    const R = randomOrthogonal(rng, d);
    const shift = rng.array(d, () => offset * rng.float(0.5, 1.5));
    const X = rng.array(n, () => {
      const z = spreads.map((s) => s * rng.normal());
      return shift.map((m, j) => m + R.reduce((acc, row, i) => acc + z[i]! * row[j]!, 0));
    });
    if (wellPosed(X, k)) return [X, k];
  }
}

/**
 * n points whose sample covariance has exactly the eigenvalues `lambdas` (to rounding) along
 * a random rotation: mean-zero random columns made orthonormal by Gram–Schmidt, scaled by
 * sqrt((n - 1) λ) and rotated. Redrawn until the top k components are well posed.
 */
function exactSpectrum(rng: Rng, n: number, lambdas: number[], k: number): Value[] {
  const d = lambdas.length;
  for (;;) {
    const columns: number[][] = [];
    while (columns.length < d) {
      const v = rng.array(n, () => rng.normal());
      const mu = v.reduce((a, b) => a + b, 0) / n;
      for (let i = 0; i < n; i++) v[i]! -= mu;
      for (let pass = 0; pass < 2; pass++) {
        for (const u of columns) {
          const dot = u.reduce((acc, x, i) => acc + x * v[i]!, 0);
          for (let i = 0; i < n; i++) v[i]! -= dot * u[i]!;
        }
      }
      const norm = Math.hypot(...v);
      if (norm > 1e-6) columns.push(v.map((x) => x / norm));
    }
    const R = randomOrthogonal(rng, d);
    const X = rng.array(n, (r) => {
      const z = lambdas.map((l, i) => Math.sqrt((n - 1) * l) * columns[i]![r]!);
      return Array.from({ length: d }, (_, j) => R.reduce((acc, row, i) => acc + z[i]! * row[j]!, 0));
    });
    if (wellPosed(X, k)) return [X, k];
  }
}

/** Spreads that fall by a factor `ratio` from `top`. */
const decaying = (d: number, top: number, ratio: number) => Array.from({ length: d }, (_, i) => top / ratio ** i);

/**
 * Components to 1e-6, ratios to 1e-9 + 1e-6 relative; variances to 1e-6 relative, and in absolute terms to 1e-10
 * of the largest variance, the rounding any method makes on the small ones.
 */
function check(got: Value, expected: Value): CheckOutcome {
  const e = expected as PcaResult;
  if (typeof got !== "object" || got === null || Array.isArray(got)) return closeTo({ atol: 1e-6, rtol: 1e-6 })(got, expected);
  const g = got as Record<string, unknown>;
  const top = e.explainedVariance.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const parts: [keyof PcaResult, Tolerance][] = [
    ["components", { atol: 1e-6, rtol: 1e-6 }],
    ["explainedVariance", { atol: 1e-10 * top, rtol: 1e-6 }],
    ["explainedVarianceRatio", { atol: 1e-9, rtol: 1e-6 }],
  ];
  for (const [key, tol] of parts) {
    const outcome = closeTo(tol)({ [key]: g[key] }, { [key]: e[key] });
    if (!outcome.pass) return outcome;
  }
  return PASS;
}

const smallArb = fc
  .record({ n: fc.integer({ min: 2, max: 8 }), d: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, d }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.integer({ min: 1, max: d }),
    ),
  )
  .filter(([X, k]) => wellPosed(X, k))
  .map(([X, k]): Value[] => [X, k]);

export default defineChecks({
  params: [{ name: "X" }, { name: "k" }],
  check,
  examples: [
    { name: "points along a line", args: [[[1, 2], [2, 4.1], [3, 5.9], [4, 8.2], [5, 9.8]], 1] },
    { name: "three features, two components (one needs its sign flipped)", args: [[[2, 0, -1], [0, 1, 3], [-1, 2, 5], [4, -1, -4], [1, 0, 1], [0, 3, 2]], 2] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "one feature", args: [[[3], [7], [1], [5]], 1] },
      { name: "two points", args: [[[1, 2, 3], [3, 1, 4]], 1] },
      { name: "all components (k = d)", args: randomCase(rng, 40, [3, 2, 1.2, 0.5], 4) },
      { name: "a constant feature", args: [[[1, 5, 2], [2, 5, 4.5], [3, 5, 5.5], [4, 5, 8.5], [0, 5, 0.2]], 2] },
      { name: "two identical features (a zero eigenvalue left out)", args: [[[1, 1, 0], [2, 2, 1], [4, 4, 0], [3, 3, -1], [0, 0, 0.5]], 2] },
      { name: "one direction with 1,000 times the spread of the others", args: randomCase(rng, 60, [1000, 2, 1], 2) },
      { name: "data far from the origin (centring matters)", args: randomCase(rng, 80, [4, 2, 1], 2, 1e4) },
      { name: "largest entry negative: the sign must flip", args: [[[0, 0], [1, -2], [2, -4.2], [3, -5.8], [-1, 2.1]], 1] },
      { name: "tiny values", args: randomCase(rng, 50, decaying(3, 1e-4, 2), 2) },
      {
        // Every gap the statement allows at its minimum: a fixed, small number of power
        // iterations converges on every other test but not on this one.
        name: "eigenvalues only 10% apart (the smallest gap allowed)",
        args: exactSpectrum(rng, 200, [10, 10 / 1.1001, 10 / 1.1001 ** 2, 10 / 1.1001 ** 3, 2, 1], 3),
      },
      { name: "the smallest eigenvalue ratio allowed (λ₂ = 1.2e-6 λ₁)", args: exactSpectrum(rng, 100, [1, 1.2e-6, 1e-7, 1e-8], 2) },
    ];
    for (let i = 0; i < 6; i++) {
      const d = rng.int(2, 12), k = rng.int(1, Math.min(d, 5)), n = rng.int(3 * d, 300);
      cases.push({ name: `random #${i + 1} (n = ${n}, d = ${d}, k = ${k})`, args: randomCase(rng, n, decaying(d, rng.float(0.5, 20), 1.6), k, rng.pick([0, 3, 100])) });
    }
    cases.push({ name: "large: 20,000 points, 50 features (both limits), k = 5 (O(n d² + d³))", args: randomCase(rng, 20_000, decaying(50, 10, 1.3), 5, 5) });
    return cases;
  },
  properties: [{ name: "small integer data sets", arbitrary: smallArb, runs: 60 }],
  validateInput: ([X, k]) => {
    if (!Array.isArray(X) || X.length < 2) return "X must have at least two rows.";
    const d = (X[0] as unknown[])?.length;
    if (!d || d > 50 || !X.every((r) => Array.isArray(r) && r.length === d && r.every((v) => typeof v === "number" && Number.isFinite(v)))) {
      return "every row of X must hold the same number (1 to 50) of finite numbers.";
    }
    if (!Number.isInteger(k) || (k as number) < 1 || (k as number) > d) return `k must be an integer in 1..${d}.`;
    if (!wellPosed(X as number[][], k as number)) {
      return "the top k components are not well defined here (a component with less than 1e-6 of the largest variance, eigenvalues within 10% of each other, or a component with two entries of nearly equal size), so the answer is not unique.";
    }
    return null;
  },
});
