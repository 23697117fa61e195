import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * `classes` Gaussian blobs in d dimensions with per-class spreads; class frequencies are
 * uneven. Test points come from the same blobs. Features are scaled by `scale`.
 */
function randomCase(rng: Rng, n: number, m: number, d: number, classes: number, scale = 1, varSmoothing?: number, classWeights?: number[]): Value[] {
  const centres = rng.array(classes, () => rng.array(d, () => rng.float(-3, 3)));
  const spreads = rng.array(classes, () => rng.array(d, () => rng.float(0.3, 2)));
  const weights = classWeights ?? rng.array(classes, () => rng.float(0.2, 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const drawClass = () => {
    let u = rng.float(0, total), k = 0;
    while (k < classes - 1 && u >= weights[k]!) u -= weights[k++]!;
    return k;
  };
  const point = (k: number) => centres[k]!.map((mu, j) => scale * (mu + spreads[k]![j]! * rng.normal()));
  const trainY = rng.array(n, (i) => (i < classes ? i : drawClass())); // every class at least once
  const trainX = trainY.map(point);
  const testX = rng.array(m, () => point(drawClass()));
  const labels = trainY.map((k) => 10 * k - 3); // labels that are not 0..c-1
  return varSmoothing === undefined ? [trainX, labels, testX] : [trainX, labels, testX, varSmoothing];
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The largest |joint log-likelihood| over classes and test points. The statement keeps it
 * at most 1e10: float64 rounds a joint to about |J| * 1e-16 per term, so beyond that two
 * correct solutions can disagree on the log posterior of two nearly tied classes by more
 * than the tolerance.
 */
function largestJoint(trainX: number[][], trainY: number[], testX: number[][], varSmoothing = 1e-9): number {
  const n = trainX.length, d = trainX[0]!.length;
  const column = (rows: number[][], j: number) => rows.map((r) => r[j]!);
  const variance = (values: number[]) => { const mu = mean(values); return mean(values.map((v) => (v - mu) ** 2)); };
  let maxVar = 0;
  for (let j = 0; j < d; j++) maxVar = Math.max(maxVar, variance(column(trainX, j)));
  const epsilon = varSmoothing * maxVar;
  let largest = 0;
  for (const c of new Set(trainY)) {
    const rows = trainX.filter((_, i) => trainY[i] === c);
    for (const x of testX) {
      let joint = Math.log(rows.length / n);
      for (let j = 0; j < d; j++) {
        const v = variance(column(rows, j)) + epsilon;
        joint -= 0.5 * (Math.log(2 * Math.PI * v) + (x[j]! - mean(column(rows, j))) ** 2 / v);
      }
      largest = Math.max(largest, Math.abs(joint));
    }
  }
  return largest;
}

/** Small cases on a grid of values: repeated points, class-constant features, ties. */
const smallArb = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 0, max: 3 }), d: fc.integer({ min: 1, max: 2 }) })
  .chain(({ n, m, d }) => {
    const row = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: d, maxLength: d });
    return fc.tuple(
      fc.array(row, { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
      fc.array(row, { minLength: m, maxLength: m }),
      fc.constantFrom(1e-9, 1e-3, 0.1),
    );
  })
  .filter(([X]) => X.some((r) => r.some((v, j) => v !== X[0]![j]))) // some feature varies
  .filter(([X, y, T, s]) => largestJoint(X, y, T, s) <= 1e10) // the statement's regime
  .map(([X, y, T, s]): Value[] => [X, y, T, s]);

export default defineChecks({
  params: [{ name: "trainX" }, { name: "trainY" }, { name: "testX" }, { name: "varSmoothing", optional: true }],
  check: closeTo({ atol: 1e-6, rtol: 1e-6 }),
  examples: [
    { name: "one feature, two classes", args: [[[1], [2], [3], [6], [7], [8]], [0, 0, 0, 1, 1, 1], [[2.5], [4.6], [10]]] },
    {
      name: "two features, three classes with uneven priors",
      args: [[[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6], [6, 6], [0, 6], [1, 7]], [0, 0, 0, 1, 1, 1, 1, 2, 2], [[1, 1], [3, 3], [0, 5]]],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no test points", args: [[[1, 2], [3, 1]], [0, 1], []] },
      { name: "a single class: log probability 0", args: [[[1, 2], [2, 4], [3, 3]], [5, 5, 5], [[0, 0], [9, -9]]] },
      { name: "one training sample per class (variance epsilon only)", args: [[[0, 0], [4, 2]], [1, 0], [[0, 0], [4, 2], [1, 1], [2.5, 1]]] },
      { name: "a feature constant within each class", args: [[[1, 0], [2, 0], [3, 0], [1, 1], [2, 1], [3, 1]], [0, 0, 0, 1, 1, 1], [[2, 0], [2, 1], [2, 0.5], [2, 0.4]]] },
      { name: "a feature constant over the whole training set", args: [[[1, 7], [2, 7], [3, 7], [6, 7], [8, 7]], [0, 0, 0, 1, 1], [[2, 7], [6, 7], [4, 0]]] },
      { name: "an exact tie: the smaller class wins", args: [[[-2], [0], [0], [2]], [4, 4, 9, 9], [[0], [-1], [1]]] },
      { name: "labels are sorted numerically, not as strings", args: [[[0], [1], [10], [11], [20], [21]], [10, 10, 9, 9, -1, -1], [[0.5], [10.5], [20.5]]] },
      { name: "test points far from every class (log-sum-exp must not underflow)", args: [[[0, 0], [1, 1], [0, 1], [10, 10], [11, 10], [10, 11]], [0, 0, 0, 1, 1, 1], [[1000, -20], [-500, 300], [1e4, 1e4]]] },
      { name: "features in the thousands with class-constant values (epsilon scales with the variance)", args: [[[1000, 0], [3000, 0], [5000, 0], [2000, 500], [4000, 500], [6000, 500]], [0, 0, 0, 1, 1, 1], [[3500, 0], [3500, 500], [3500, 250], [3500, 1]]] },
      { name: "a larger varSmoothing", args: [[[0, 1], [1, 1], [0, 2], [3, 3], [4, 3]], [0, 0, 0, 1, 1], [[1, 1], [2, 2], [3, 1]], 0.05] },
      { name: "very uneven priors (97% / 3%)", args: randomCase(rng, 300, 30, 2, 2, 1, undefined, [0.97, 0.03]) },
    ];
    for (let i = 0; i < 6; i++) {
      const d = rng.int(1, 8), c = rng.int(2, 6), n = rng.int(c + 5, 300);
      cases.push({
        name: `random #${i + 1} (n = ${n}, d = ${d}, ${c} classes)`,
        args: randomCase(rng, n, rng.int(1, 40), d, c, rng.pick([0.01, 1, 100]), rng.pick([undefined, 1e-9, 1e-4])),
      });
    }
    cases.push({ name: "large: 50,000 training points, 10,000 test points, d = 20, 10 classes", args: randomCase(rng, 50_000, 10_000, 20, 10, 1) });
    return cases;
  },
  properties: [{ name: "small cases on a grid of values", arbitrary: smallArb, runs: 80 }],
  validateInput: ([trainX, trainY, testX, varSmoothing]) => {
    if (!Array.isArray(trainX) || trainX.length === 0) return "trainX must be a non-empty array of rows.";
    const d = (trainX[0] as unknown[])?.length;
    const isRow = (r: unknown) => Array.isArray(r) && r.length === d && r.every((v) => typeof v === "number" && Number.isFinite(v));
    if (!d || !trainX.every(isRow)) return "every row of trainX must hold the same number (at least 1) of finite numbers.";
    if (!Array.isArray(trainY) || trainY.length !== trainX.length || !trainY.every((v) => Number.isInteger(v))) return "trainY must hold one integer label per row of trainX.";
    if (!Array.isArray(testX) || !testX.every(isRow)) return `every row of testX must hold ${d} finite numbers.`;
    if (varSmoothing !== undefined && (typeof varSmoothing !== "number" || !(varSmoothing > 0) || !Number.isFinite(varSmoothing))) return "varSmoothing must be a positive number.";
    const rows = trainX as number[][];
    if (!rows.some((r) => r.some((v, j) => v !== rows[0]![j]))) return "at least one feature must vary over the training set.";
    return null;
  },
});
