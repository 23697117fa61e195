import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * n samples of d independent features, feature j scaled by scales[j] and shifted by
 * offsets[j]; y is linear in them plus noise. `lambda` undefined leaves the argument out.
 */
function randomCase(rng: Rng, n: number, d: number, lambda: number | undefined, opts: { scales?: number[]; offsets?: number[]; noise?: number; yOffset?: number } = {}): Value[] {
  const scales = opts.scales ?? rng.array(d, () => rng.float(0.5, 3));
  const offsets = opts.offsets ?? rng.array(d, () => rng.float(-5, 5));
  const truth = rng.array(d, () => rng.normal(0, 2));
  const X = rng.array(n, () => rng.array(d, (j) => offsets[j]! + scales[j]! * rng.normal()));
  const y = X.map((x) => (opts.yOffset ?? rng.float(-10, 10)) + x.reduce((s, v, j) => s + truth[j]! * v, 0) + (opts.noise ?? 1) * rng.normal());
  return lambda === undefined ? [X, y] : [X, y, lambda];
}

/** Small cases: a few samples on a grid, always with a positive penalty (so never singular). */
const smallArb = fc
  .record({ n: fc.integer({ min: 1, max: 7 }), d: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, d }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: -8, max: 8 }).map((v) => v / 2), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: -40, max: 40 }).map((v) => v / 4), { minLength: n, maxLength: n }),
      fc.constantFrom(0.1, 1, 10),
    ).map(([X, y, lambda]): Value[] => [X, y, lambda]),
  );

export default defineChecks({
  params: [{ name: "X" }, { name: "y" }, { name: "lambda", optional: true }],
  check: closeTo({ atol: 1e-6, rtol: 1e-6 }),
  examples: [
    { name: "an exact line, no penalty", args: [[[1], [2], [3], [4]], [3, 5, 7, 9]] },
    { name: "the same data with lambda = 5: the slope shrinks, the intercept does not", args: [[[1], [2], [3], [4]], [3, 5, 7, 9], 5] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "lambda = 0 given explicitly", args: [[[0, 1], [1, 0], [1, 1], [2, 3], [-1, 2]], [1, 2, 2.5, 6, 0], 0] },
      { name: "one sample with a penalty: weights 0, intercept y", args: [[[4, -2, 7]], [11], 0.5] },
      { name: "a constant feature gets weight 0 under a penalty", args: [[[1, 5], [2, 5], [3, 5], [5, 5]], [2, 4, 5, 9], 1] },
      { name: "two identical features share the weight", args: [[[1, 1], [2, 2], [3, 3], [4, 4]], [1, 3, 2, 5], 0.1] },
      { name: "more features than samples, with a penalty", args: [[[1, 0, 2, -1, 3], [0, 1, -1, 2, 1], [2, 2, 0, 1, -2]], [4, -1, 3], 2] },
      { name: "a huge penalty: weights near 0, intercept near the mean", args: randomCase(rng, 20, 3, 1e8) },
      { name: "negative targets, features on very different scales", args: randomCase(rng, 40, 3, 0.5, { scales: [1e-3, 1, 1e3], yOffset: -500 }) },
      { name: "features far from zero (offsets around 100,000, spread 1)", args: randomCase(rng, 200, 3, 0, { scales: [1, 1, 1], offsets: [1e5, -1e5, 2e5], yOffset: 1e5 }) },
      { name: "features far from zero, with a penalty", args: randomCase(rng, 200, 3, 3, { scales: [1, 2, 0.5], offsets: [5e4, 1e5, -2e5] }) },
      { name: "noise-free data is fitted exactly", args: randomCase(rng, 12, 4, undefined, { noise: 0 }) },
    ];
    for (let i = 0; i < 6; i++) {
      const d = rng.int(1, 10), n = rng.int(d + 2, 200);
      const lambda = rng.pick([undefined, 0, 0.01, 1, 50]);
      cases.push({ name: `random #${i + 1} (n = ${n}, d = ${d}, lambda = ${lambda ?? "left out"})`, args: randomCase(rng, n, d, lambda) });
    }
    cases.push({ name: "large: 50,000 samples, 30 features, lambda = 1 (O(n d²))", args: randomCase(rng, 50_000, 30, 1) });
    return cases;
  },
  properties: [{ name: "small cases with a penalty", arbitrary: smallArb, runs: 80 }],
  validateInput: ([X, y, lambda]) => {
    if (!Array.isArray(X) || X.length === 0) return "X must be a non-empty array of rows.";
    const d = (X[0] as unknown[])?.length;
    if (!d || !X.every((r) => Array.isArray(r) && r.length === d && r.every((v) => typeof v === "number" && Number.isFinite(v)))) {
      return "every row of X must hold the same number (at least 1) of finite numbers.";
    }
    if (!Array.isArray(y) || y.length !== X.length || !y.every((v) => typeof v === "number" && Number.isFinite(v))) return "y must hold one finite number per row of X.";
    if (lambda !== undefined && (typeof lambda !== "number" || !(lambda >= 0) || !Number.isFinite(lambda))) return "lambda must be a finite number >= 0.";
    if (!lambda && X.length <= d) return "without a penalty, the fit needs more samples than features (n >= d + 1).";
    return null;
  },
});
