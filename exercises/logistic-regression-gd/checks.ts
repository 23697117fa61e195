import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * A bound on the loss's curvature: (1 + mean ||x||^2) / 4 + l2 bounds the largest
 * eigenvalue of its Hessian. With learningRate * smoothness <= 2 a gradient step cannot
 * amplify rounding differences, so float64 runs that sum in another order agree to ~1e-15;
 * far beyond it gradient descent can turn chaotic and correct runs part ways.
 */
function smoothness(X: number[][], l2: number): number {
  let sq = 0;
  for (const x of X) for (const v of x) sq += v * v;
  return (1 + sq / X.length) / 4 + l2;
}

/** The largest step of the stable regime the statement promises, times `fraction`. */
const stableRate = (X: number[][], l2: number, fraction: number): number => (2 * fraction) / smoothness(X, l2);

/**
 * n samples of d features (scaled by `scale`, shifted by `offset`) labelled by a noisy
 * linear rule, plus the optimiser's settings.
 */
function randomCase(rng: Rng, n: number, d: number, lr: number, iterations: number, l2: number, scale = 1, offset = 0): Value[] {
  const truth = rng.array(d, () => rng.normal());
  const X = rng.array(n, () => rng.array(d, () => offset + scale * rng.normal()));
  const y = X.map((x) => (x.reduce((s, v, j) => s + ((v - offset) / scale) * truth[j]!, 0) + 0.5 * rng.normal() > 0 ? 1 : 0));
  const options: Record<string, number> = { learningRate: lr, iterations };
  if (l2 > 0) options.l2 = l2;
  return [X, y, options];
}

function withStableRate(args: Value[], fraction: number): Value[] {
  const [X, y, options] = args as [number[][], number[], Record<string, number>];
  return [X, y, { ...options, learningRate: stableRate(X, options.l2 ?? 0, fraction) }];
}

function capToStableRate(args: Value[]): Value[] {
  const [X, y, options] = args as [number[][], number[], Record<string, number>];
  return [X, y, { ...options, learningRate: Math.min(options.learningRate!, stableRate(X, options.l2 ?? 0, 1)) }];
}

const smallArb = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), d: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, d }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: -20, max: 20 }).map((v) => v / 4), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
      fc.record({
        learningRate: fc.constantFrom(0.01, 0.1, 0.5, 1),
        iterations: fc.integer({ min: 0, max: 30 }),
        l2: fc.constantFrom(0, 0.01, 0.5),
      }),
    ).map(([X, y, options]): Value[] => [X, y, { ...options, learningRate: Math.min(options.learningRate, stableRate(X, options.l2, 1)) }]),
  );

export default defineChecks({
  params: [{ name: "X" }, { name: "y" }, { name: "options" }],
  check: closeTo({ atol: 1e-6, rtol: 1e-6 }),
  examples: [
    { name: "one step by hand", args: [[[0], [1], [2], [3]], [0, 0, 1, 1], { learningRate: 0.5, iterations: 1 }] },
    {
      name: "two features, 100 iterations, L2 penalty",
      args: [[[1, 2], [2, 1], [3, 4], [4, 3], [0, 0], [5, 5]], [0, 0, 1, 1, 0, 1], { learningRate: 0.1, iterations: 100, l2: 0.1 }],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "zero iterations: all zeros", args: [[[1, 2], [3, 4]], [0, 1], { learningRate: 0.1, iterations: 0 }] },
      { name: "one sample", args: [[[2, -1, 0.5]], [1], { learningRate: 0.3, iterations: 25 }] },
      { name: "a single class (the weights keep growing)", args: [[[1], [2], [0.5]], [1, 1, 1], { learningRate: 1, iterations: 200 }] },
      { name: "a constant feature acts like a second bias", args: [[[3, 1], [3, -1], [3, 2], [3, -2]], [1, 0, 1, 0], { learningRate: 0.05, iterations: 60 }] },
      { name: "an all-zero feature keeps weight 0", args: [[[0, 1], [0, -1], [0, 2], [0, -3]], [1, 0, 1, 0], { learningRate: 0.2, iterations: 40, l2: 0.1 }] },
      { name: "separable data: the weights grow without bound", args: [[[-2], [-1], [1], [2]], [0, 0, 1, 1], { learningRate: 1, iterations: 500 }] },
      { name: "the bias is not penalised", args: [[[0.1], [0.2], [0.3], [0.4], [0.5]], [1, 1, 1, 0, 1], { learningRate: 0.5, iterations: 200, l2: 1 }] },
      // Converged long before the end, with the gradient far below 1e-6: a loop that stops
      // early once the gradient is small ends about gradient / l2 away from the full run.
      { name: "10,000 iterations (the most allowed), no early stopping", args: withStableRate(randomCase(rng, 50, 2, 1, 10_000, 0.01), 0.9) },
      { name: "large feature values: logits far beyond ±709", args: [[[1000, -2000], [-1500, 500], [800, 900], [-300, -2500]], [1, 0, 1, 0], { learningRate: 0.1, iterations: 50 }] },
      { name: "large learning rate (95% of the stable limit)", args: withStableRate(randomCase(rng, 30, 3, 1, 40, 0), 0.95) },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(10, 300), d = rng.int(1, 8);
      cases.push({
        name: `random #${i + 1} (n = ${n}, d = ${d})`,
        args: capToStableRate(randomCase(rng, n, d, rng.pick([0.01, 0.1, 0.5]), rng.int(10, 300), rng.pick([0, 0, 0.01, 0.1]), rng.pick([0.5, 1, 3]), rng.pick([0, 2]))),
      });
    }
    cases.push({ name: "large: 10,000 samples, 10 features, 200 iterations", args: randomCase(rng, 10_000, 10, 0.2, 200, 0.001) });
    return cases;
  },
  properties: [{ name: "small cases on a grid of values", arbitrary: smallArb, runs: 80 }],
  validateInput: ([X, y, options]) => {
    if (!Array.isArray(X) || X.length === 0) return "X must be a non-empty array of rows.";
    const d = (X[0] as unknown[])?.length;
    if (!d || !X.every((r) => Array.isArray(r) && r.length === d && r.every((v) => typeof v === "number" && Number.isFinite(v)))) {
      return "every row of X must hold the same number (at least 1) of finite numbers.";
    }
    if (!Array.isArray(y) || y.length !== X.length || !y.every((v) => v === 0 || v === 1)) return "y must hold one label, 0 or 1, per row of X.";
    const o = options as { learningRate?: unknown; iterations?: unknown; l2?: unknown } | null;
    if (typeof o !== "object" || o === null) return "options must be an object { learningRate, iterations, l2? }.";
    if (typeof o.learningRate !== "number" || !(o.learningRate > 0)) return "options.learningRate must be a positive number.";
    if (!Number.isInteger(o.iterations) || (o.iterations as number) < 0 || (o.iterations as number) > 10_000) return "options.iterations must be an integer in 0..10000.";
    if (o.l2 !== undefined && (typeof o.l2 !== "number" || !(o.l2 >= 0))) return "options.l2 must be a non-negative number.";
    return null;
  },
});
