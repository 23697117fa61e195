import { defineChecks, exact, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * `classes` Gaussian blobs in d dimensions; training points and queries drawn from them.
 * With `grid`, coordinates are small integers, so distances are exact and ties common.
 */
function randomCase(rng: Rng, n: number, q: number, d: number, classes: number, k: number, grid: boolean): Value[] {
  const centres = rng.array(classes, () => rng.array(d, () => rng.float(-4, 4)));
  const point = (c: number) => centres[c]!.map((m) => (grid ? Math.round(m + 1.5 * rng.normal()) : m + 1.5 * rng.normal()));
  const trainY = rng.array(n, () => rng.int(0, classes - 1));
  const trainX = trainY.map(point);
  const queries = rng.array(q, () => point(rng.int(0, classes - 1)));
  return [trainX, trainY, queries, k];
}

/** Small cases on a tiny integer grid: many distance and vote ties. */
const tiedArb = fc
  .record({ n: fc.integer({ min: 1, max: 10 }), d: fc.integer({ min: 1, max: 2 }), q: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, d, q }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), { minLength: q, maxLength: q }),
      fc.integer({ min: 1, max: n }),
    ).map(([trainX, trainY, queries, k]): Value[] => [trainX, trainY, queries, k]),
  );

export default defineChecks({
  params: [{ name: "trainX" }, { name: "trainY" }, { name: "queries" }, { name: "k" }],
  check: exact(),
  examples: [
    { name: "two clusters", args: [[[0, 0], [1, 0], [0, 1], [5, 5], [6, 5]], [0, 0, 0, 1, 1], [[0.5, 0.5], [5, 4]], 3] },
    { name: "distance tie: the smaller index is nearer", args: [[[1], [-1], [3], [-3]], [2, 0, 2, 0], [[0]], 3] },
    { name: "vote tie: the smallest label wins", args: [[[1], [-1], [3], [-3]], [2, 0, 2, 0], [[0]], 2] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "one training point", args: [[[3, -1]], [7], [[0, 0], [100, 100]], 1] },
      { name: "k = n: the majority of the whole training set", args: [[[0], [10], [20], [30], [40]], [1, 2, 2, 1, 2], [[0], [40]], 5] },
      { name: "k = n with a vote tie", args: [[[0], [10], [20], [30]], [3, 1, 1, 3], [[0], [35]], 4] },
      { name: "all training points at the same spot", args: [[[1, 1], [1, 1], [1, 1], [1, 1]], [4, 2, 4, 2], [[0, 0]], 3] },
      { name: "query on a training point (distance 0)", args: [[[0, 0], [2, 0], [0, 2]], [5, 6, 6], [[0, 0]], 1] },
      { name: "ring of equidistant points: index order decides", args: [[[1, 0], [0, 1], [-1, 0], [0, -1], [3, 3]], [1, 0, 0, 1, 1], [[0, 0]], 3] },
      { name: "labels need not be 0..c-1", args: [[[0], [1], [2], [3]], [-4, 17, 17, -4], [[1.4], [-1]], 2] },
      { name: "large magnitudes", args: [[[1e8, -1e8], [1e8 + 3, -1e8], [1e8 + 1, -1e8 + 1]], [1, 2, 3], [[1e8 + 2, -1e8]], 1] },
      { name: "one dimension, many queries", args: randomCase(rng, 30, 40, 1, 3, 4, true) },
    ];
    for (let i = 0; i < 6; i++) {
      const grid = i % 2 === 0;
      const n = rng.int(10, 200), d = rng.int(1, 6), c = rng.int(2, 5), k = rng.int(1, Math.min(n, 12));
      cases.push({
        name: `random #${i + 1} (n = ${n}, d = ${d}, k = ${k}${grid ? ", integer grid" : ""})`,
        args: randomCase(rng, n, rng.int(5, 40), d, c, k, grid),
      });
    }
    cases.push({ name: "large: 4,000 training points, 500 queries, d = 8, k = 15", args: randomCase(rng, 4000, 500, 8, 6, 15, false) });
    cases.push({ name: "large on an integer grid: 2,000 training points, 300 queries, many ties", args: randomCase(rng, 2000, 300, 3, 4, 10, true) });
    return cases;
  },
  properties: [{ name: "small cases on a tiny integer grid", arbitrary: tiedArb, runs: 100 }],
  validateInput: ([trainX, trainY, queries, k]) => {
    if (!Array.isArray(trainX) || trainX.length === 0) return "trainX must be a non-empty array of points.";
    const d = (trainX[0] as unknown[])?.length;
    const isPoint = (p: unknown) => Array.isArray(p) && p.length === d && p.every((x) => typeof x === "number" && Number.isFinite(x));
    if (!d || !trainX.every(isPoint)) return "every training point must be an array of the same number (at least 1) of finite numbers.";
    if (!Array.isArray(trainY) || trainY.length !== trainX.length || !trainY.every((y) => Number.isInteger(y))) return "trainY must hold one integer label per training point.";
    if (!Array.isArray(queries) || !queries.every(isPoint)) return `every query must be an array of ${d} finite numbers.`;
    if (!Number.isInteger(k) || (k as number) < 1 || (k as number) > trainX.length) return `k must be an integer in 1..${trainX.length}.`;
    return null;
  },
});
