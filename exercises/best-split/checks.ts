import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

type Criterion = "gini" | "entropy";

/**
 * n samples with d features and `classes` classes. Informative features shift with the
 * class; `decimals` rounds the values (fewer decimals, more repeated values and ties).
 */
function randomCase(rng: Rng, n: number, d: number, classes: number, decimals: number, criterion: Criterion, scale = 1): Value[] {
  const unit = 10 ** decimals;
  const shift = rng.array(d, () => (rng.bool(0.5) ? rng.float(0.2, 1.5) : 0));
  const y = rng.array(n, () => rng.int(0, classes - 1));
  const X = y.map((c) => shift.map((s) => (Math.round((rng.normal() + s * c) * unit) / unit) * scale));
  return [X, y, criterion];
}

const CRITERIA: Criterion[] = ["gini", "entropy"];

/** Small cases on a few integer values: repeated values and tied gains everywhere. */
const smallArb = fc
  .record({ n: fc.integer({ min: 0, max: 12 }), d: fc.integer({ min: 1, max: 3 }), c: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, d, c }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: c - 1 }), { minLength: n, maxLength: n }),
      fc.constantFrom<Criterion>(...CRITERIA),
    ).map(([X, y, criterion]): Value[] => [X, y, criterion]),
  );

export default defineChecks({
  params: [{ name: "X" }, { name: "y" }, { name: "criterion" }],
  check: closeTo({ atol: 1e-9, rtol: 1e-9 }),
  examples: [
    { name: "one feature separates the classes", args: [[[1, 5], [2, 3], [3, 8], [4, 1], [5, 7], [6, 2]], [0, 0, 0, 1, 1, 1], "gini"] },
    { name: "entropy, two equally good thresholds: the smaller wins", args: [[[1], [2], [3], [4]], [0, 1, 1, 0], "entropy"] },
    { name: "XOR: no single split helps", args: [[[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], "gini"] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no samples", args: [[], [], "gini"] },
      { name: "one sample", args: [[[3, 4]], [1], "entropy"] },
      { name: "a pure node", args: [[[1], [2], [3]], [2, 2, 2], "gini"] },
      { name: "every feature constant", args: [[[5, 1], [5, 1], [5, 1], [5, 1]], [0, 1, 0, 1], "entropy"] },
      { name: "duplicate feature: the smaller index wins", args: [[[3, 9, 3], [1, 9, 1], [4, 9, 4], [2, 9, 2]], [1, 0, 1, 0], "gini"] },
      { name: "repeated values: thresholds only between distinct values", args: [[[1], [1], [1], [2], [2], [3]], [0, 0, 1, 1, 1, 1], "gini"] },
      { name: "threshold is the midpoint of the two values", args: [[[0.25], [10.75], [0.5], [12]], [0, 1, 0, 1], "entropy"] },
      { name: "negative values and an unsorted feature", args: [[[-3, 0], [7, 1], [-1, 0], [2, 1], [-8, 0]], [1, 0, 1, 0, 1], "entropy"] },
      { name: "three classes, mirrored splits tie", args: [[[1], [2], [3], [4], [5], [6]], [0, 1, 2, 2, 1, 0], "gini"] },
      { name: "three classes, entropy in bits", args: [[[1, 4], [2, 2], [3, 3], [4, 1], [5, 6], [6, 5]], [0, 0, 1, 1, 2, 2], "entropy"] },
      { name: "class labels with gaps (0 and 5 only)", args: [[[1], [2], [3], [4]], [5, 5, 0, 5], "gini"] },
      { name: "equal gains up to rounding: the first stays (10^-9 margin)", args: [[[1], [2], [3], [4], [5], [6], [7], [8], [9]], [0, 0, 0, 1, 0, 0, 1, 1, 0], "gini"] },
      { name: "rows with no features", args: [[[], [], []], [0, 1, 0], "entropy"] },
      { name: "large magnitudes", args: [[[1e12], [-1e12], [3e12], [2e12]], [1, 0, 1, 0], "gini"] },
    ];
    for (let i = 0; i < 8; i++) {
      const n = rng.int(5, 300), d = rng.int(1, 6), c = rng.int(2, 5), decimals = rng.pick([0, 1, 3]);
      const criterion = CRITERIA[i % 2]!;
      cases.push({ name: `random #${i + 1} (${criterion}, n = ${n}, d = ${d}, ${c} classes)`, args: randomCase(rng, n, d, c, decimals, criterion) });
    }
    cases.push({ name: "large: 50,000 samples, 6 features, gini (O(d n log n))", args: randomCase(rng, 50_000, 6, 3, 6, "gini", 100) });
    cases.push({ name: "large: 50,000 samples, 4 features, entropy, many repeated values", args: randomCase(rng, 50_000, 4, 4, 1, "entropy") });
    return cases;
  },
  properties: [{ name: "small cases with repeated values", arbitrary: smallArb, runs: 120 }],
  validateInput: ([X, y, criterion]) => {
    if (criterion !== "gini" && criterion !== "entropy") return 'criterion must be "gini" or "entropy".';
    if (!Array.isArray(X) || !Array.isArray(y) || X.length !== y.length) return "X and y must be arrays of the same length.";
    const d = (X[0] as unknown[] | undefined)?.length ?? 0;
    for (const row of X) {
      if (!Array.isArray(row) || row.length !== d || !row.every((v) => typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 1e300)) {
        return "every row of X must hold the same number of finite values (|value| <= 1e300).";
      }
    }
    if (!y.every((c) => Number.isInteger(c) && c >= 0 && c < 100)) return "every label must be an integer in 0..99.";
    return null;
  },
});
