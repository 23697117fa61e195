import {
  closeTo, defineChecks, exact, fail, fc, formatNumber, PASS, Rng, typeName,
  type CheckOutcome, type Checker, type TestCase, type Value,
} from "../../src/judge/kit";

type Options = { init?: number[][]; maxIter?: number };
type Result = { centroids: number[][]; labels: number[] };

// ------------------------------------------------------------------ data

/** n points around k random centres (uniform in [-spread, spread]^d), Gaussian noise of `std`, shuffled. */
function blobs(rng: Rng, n: number, d: number, k: number, spread: number, std: number): number[][] {
  const centres = rng.array(k, () => rng.array(d, () => rng.float(-spread, spread)));
  const points = rng.array(n, (i) => centres[i % k]!.map((x) => x + rng.normal(0, std)));
  return rng.shuffle(points);
}

/**
 * n points in k groups for the tests without init: each group is 8 tight clumps (noise 0.1)
 * scattered around a random centre (std 1). Lloyd's algorithm settles on data like this in a
 * few iterations from any start, so every correct solution reaches a fixed point.
 */
function clumps(rng: Rng, n: number, d: number, k: number, spread: number): number[][] {
  const centres = rng.array(k, () => rng.array(d, () => rng.float(-spread, spread)));
  const subs = centres.map((c) => rng.array(8, () => c.map((x) => x + rng.normal(0, 1))));
  const points = rng.array(n, (i) => subs[i % k]![rng.int(0, 7)]!.map((x) => x + rng.normal(0, 0.1)));
  return rng.shuffle(points);
}

/** k distinct points of `points`, copied, in random order. */
function samplePoints(rng: Rng, points: number[][], k: number): number[][] {
  const idx = rng.shuffle(Array.from({ length: points.length }, (_, i) => i)).slice(0, k);
  return idx.map((i) => [...points[i]!]);
}

function call(points: number[][], k: number, options?: Options): Value[] {
  return options === undefined ? [points, k] : [points, k, options];
}

// ------------------------------------------------------------------ checkers

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Shapes and types: centroids k x d of finite numbers, labels n integers in [0, k). */
function checkShape(got: Value, n: number, d: number, k: number): CheckOutcome {
  if (!isObject(got) || !("centroids" in got) || !("labels" in got)) {
    return fail(`Expected an object { centroids, labels }, got ${typeName(got)}.`);
  }
  const { centroids, labels } = got;
  if (!Array.isArray(centroids) || centroids.length !== k) {
    return fail(`centroids must be an array of k = ${k} rows, got ${Array.isArray(centroids) ? `${centroids.length} rows` : typeName(centroids)}.`, { path: "centroids" });
  }
  for (let c = 0; c < k; c++) {
    const row = centroids[c];
    if (!Array.isArray(row) || row.length !== d) {
      return fail(`centroids[${c}] must be an array of d = ${d} numbers, got ${typeName(row)}${Array.isArray(row) ? ` of length ${row.length}` : ""}.`, { path: `centroids[${c}]` });
    }
    for (let j = 0; j < d; j++) {
      if (typeof row[j] !== "number" || !Number.isFinite(row[j])) {
        return fail(`centroids[${c}][${j}] is ${typeof row[j] === "number" ? formatNumber(row[j]) : typeName(row[j])}: every centroid coordinate must be a finite number.`, { path: `centroids[${c}][${j}]`, got: String(row[j]) });
      }
    }
  }
  if (!Array.isArray(labels) || labels.length !== n) {
    return fail(`labels must be an array of n = ${n} labels, got ${Array.isArray(labels) ? `${labels.length} labels` : typeName(labels)}.`, { path: "labels" });
  }
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    if (!Number.isInteger(l) || (l as number) < 0 || (l as number) >= k) {
      return fail(`labels[${i}] is ${typeof l === "number" ? formatNumber(l) : typeName(l)}: a label must be a centroid index from 0 to ${k - 1}.`, { path: `labels[${i}]` });
    }
  }
  return PASS;
}

const centroidsClose = closeTo({ atol: 1e-6, rtol: 0 });
const labelsExact = exact();

/** With `init`: the same centroids as the reference run (absolute 1e-6) and exactly the same labels. */
const sameRun: Checker = (got, expected, args) => {
  const points = args[0] as number[][], k = args[1] as number;
  const shape = checkShape(got, points.length, points[0]!.length, k);
  if (!shape.pass) return shape;
  const g = got as Result, e = expected as Result;
  const c = centroidsClose({ centroids: g.centroids }, { centroids: e.centroids });
  if (!c.pass) return c;
  const l = labelsExact({ labels: g.labels }, { labels: e.labels });
  if (!l.pass) {
    return fail(
      `${l.message} The centroids are right, so look at the labels: labels[i] is the index of the returned centroid nearest to point i, ties to the lowest index.`,
      l.mismatch,
    );
  }
  return PASS;
};

function squaredDistance(p: number[], c: number[]): number {
  let s = 0;
  for (let j = 0; j < p.length; j++) {
    const t = p[j]! - c[j]!;
    s += t * t;
  }
  return s;
}

/**
 * Without `init`: any fixed point of Lloyd's algorithm. Every point is labelled with its
 * nearest centroid (ties to the lowest index; distances that differ only by rounding are
 * accepted either way) and every centroid that has points is their mean.
 */
const fixedPoint: Checker = (got, _expected, args) => {
  const points = args[0] as number[][], k = args[1] as number;
  const n = points.length, d = points[0]!.length;
  const shape = checkShape(got, n, d, k);
  if (!shape.pass) return shape;
  const { centroids, labels } = got as Result;
  const dist = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 0; c < k; c++) {
      dist[c] = squaredDistance(points[i]!, centroids[c]!);
      if (dist[c]! < dist[best]!) best = c;
    }
    const l = labels[i]!;
    if (l === best) continue;
    if (dist[l] === dist[best]) {
      return fail(
        `labels[${i}] is ${l}, but point ${i} is exactly as near to centroid ${best}: ties go to the lowest index, so its label is ${best}.`,
        { path: `labels[${i}]`, expected: String(best), got: String(l) },
      );
    }
    if (dist[l]! > dist[best]! + 1e-9 * (1 + dist[best]!)) {
      return fail(
        `labels[${i}] is ${l}, but point ${i} is nearer to centroid ${best} (squared distance ${formatNumber(dist[best]!)}, against ${formatNumber(dist[l]!)} to centroid ${l}). ` +
          `The returned labels must name the nearest of the returned centroids.`,
        { path: `labels[${i}]`, expected: String(best), got: String(l) },
      );
    }
  }
  const sums = Array.from({ length: k }, () => new Float64Array(d));
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    counts[l] = counts[l]! + 1;
    for (let j = 0; j < d; j++) sums[l]![j] = sums[l]![j]! + points[i]![j]!;
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) continue;
    for (let j = 0; j < d; j++) {
      const mean = sums[c]![j]! / counts[c]!, value = centroids[c]![j]!;
      if (Math.abs(value - mean) > 1e-6 + 1e-9 * Math.abs(mean)) {
        return fail(
          `centroids[${c}][${j}] is ${formatNumber(value)}, but the mean of the ${counts[c]} points labelled ${c} has ${formatNumber(mean)} there: ` +
            `the result is not a fixed point of Lloyd's algorithm (stopped too early, or the centroids were not updated to the means).`,
          { path: `centroids[${c}][${j}]`, expected: formatNumber(mean), got: formatNumber(value) },
        );
      }
    }
  }
  return PASS;
};

/** Small random runs from a given init, for property tests: sizes shrink, values come from the seed. */
const smallWithInit = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 3 }),
    k: fc.integer({ min: 1, max: 4 }),
    maxIter: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
  })
  .map(({ n, d, k, maxIter, seed }): Value[] => {
    const rng = new Rng(seed + 1);
    const kk = Math.min(k, n);
    const points = rng.matrix(n, d, -10, 10);
    const init = rng.bool() ? samplePoints(rng, points, kk) : rng.matrix(kk, d, -10, 10);
    return call(points, kk, maxIter === undefined ? { init } : { init, maxIter });
  });

export default defineChecks({
  params: [{ name: "points" }, { name: "k" }, { name: "options", optional: true }],
  check: sameRun,
  examples: [
    {
      name: "two clusters from a given init",
      args: call([[1, 1], [1.5, 2], [3, 4], [5, 7], [3.5, 5], [4.5, 5], [3.5, 4.5]], 2, { init: [[1, 1], [5, 7]] }),
    },
    {
      name: "three groups, no init (any fixed point)",
      args: call([[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10], [-10, 10], [-10, 11], [-11, 10]], 3),
      check: fixedPoint,
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      {
        name: "maxIter 1: labels are recomputed for the returned centroids",
        args: call([[0], [1], [2], [3], [10], [11], [12], [13]], 2, { init: [[0], [1]], maxIter: 1 }),
      },
      { name: "a point exactly halfway between two centroids goes to the lower index", args: call([[0], [1], [2]], 2, { init: [[0], [2]] }) },
      {
        name: "ties on a grid go to the lower index",
        args: call([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]], 2, { init: [[0, 0], [2, 2]] }),
      },
      {
        name: "two identical initial centroids: the second never gets a point",
        args: call(blobs(rng, 40, 2, 2, 5, 0.5), 3, { init: [[0, 0], [0, 0], [4, 4]] }),
      },
      {
        name: "an empty cluster keeps its centroid",
        args: call(blobs(rng, 30, 2, 2, 5, 0.5), 3, { init: [[-5, -5], [100, 100], [5, 5]] }),
      },
      {
        name: "every point starts nearest centroid 0",
        args: call([[0], [1], [2], [20], [21]], 2, { init: [[5], [45]] }),
      },
      { name: "init already at the means: converges at once", args: call([[0, 0], [2, 0], [10, 10], [10, 12]], 2, { init: [[1, 0], [10, 11]] }) },
      { name: "k = 1: the mean of all points", args: call(rng.matrix(25, 3, -5, 5), 1, { init: [[100, -100, 0]] }) },
      { name: "a single point", args: call([[3, -1.5]], 1, { init: [[0, 0]] }) },
      {
        name: "k = n: every point its own cluster",
        args: (() => {
          const points = rng.matrix(8, 2, -3, 3);
          return call(points, 8, { init: rng.shuffle(points.map((p) => [...p])) });
        })(),
      },
      {
        name: "repeated points",
        args: call([[1, 1], [1, 1], [1, 1], [4, 4], [4, 4], [1, 1], [9, 0], [9, 0]], 3, { init: [[1, 1], [4, 4], [1, 1]] }),
      },
    ];
    {
      // Uniform 2-D data and a poor start: the centroids are still moving after a few iterations.
      const points = rng.matrix(200, 2, 0, 100);
      const init = rng.array(6, () => [rng.float(0, 10), rng.float(0, 10)]);
      for (const maxIter of [2, 3, 5]) cases.push({ name: `maxIter ${maxIter}: stops while centroids are still moving`, args: call(points, 6, { init, maxIter }) });
    }
    {
      // 1-D uniform data started from its 40 smallest points takes about 135 iterations.
      const points = rng.array(1000, () => [rng.float(0, 100)]);
      const init = [...points].sort((a, b) => a[0]! - b[0]!).slice(0, 40).map((p) => [...p]);
      cases.push({ name: "maxIter left out: stops after 100 iterations", args: call(points, 40, { init }) });
      cases.push({ name: "maxIter 1000: runs until no label changes", args: call(points, 40, { init, maxIter: 1000 }) });
    }
    {
      // Near the end one or two points change cluster per iteration, moving a centroid by less
      // than 1e-4: stopping on a small centroid shift instead of on unchanged labels stops too early.
      const points = rng.matrix(20_000, 1, 0, 1);
      cases.push({ name: "20,000 points: the last iterations move the centroids by less than 1e-4", args: call(points, 3, { init: [[0], [0.01], [0.02]] }) });
    }
    {
      const points = rng.matrix(2000, 8, -1, 1);
      cases.push({ name: "k = 64, some clusters empty", args: call(points, 64, { init: [...samplePoints(rng, points, 48), ...rng.array(16, () => rng.array(8, () => rng.float(5, 9)))], maxIter: 30 }) });
    }
    for (let i = 0; i < 6; i++) {
      const n = rng.int(20, 400), d = rng.int(1, 8), k = rng.int(2, 12);
      const points = i % 2 === 0 ? rng.matrix(n, d, -10, 10) : blobs(rng, n, d, k, 10, 2);
      const maxIter = rng.pick([undefined, undefined, 1, 2, 4, 10]);
      const init = samplePoints(rng, points, k);
      cases.push({
        name: `random #${i + 1} (n = ${n}, d = ${d}, k = ${k}${maxIter === undefined ? "" : `, maxIter ${maxIter}`})`,
        args: call(points, k, maxIter === undefined ? { init } : { init, maxIter }),
      });
    }
    // Without init: any fixed point is accepted, on data where Lloyd's algorithm settles quickly from any start.
    cases.push({ name: "no init: four 2-D groups", args: call(clumps(rng, 300, 2, 4, 20), 4), check: fixedPoint });
    cases.push({ name: "no init: k = 1", args: call(clumps(rng, 50, 3, 1, 5), 1), check: fixedPoint });
    cases.push({ name: "no init: 1-D data", args: call(clumps(rng, 120, 1, 3, 30), 3), check: fixedPoint });
    cases.push({ name: "no init: 8 groups in 5-D, maxIter 100", args: call(clumps(rng, 800, 5, 8, 20), 8, { maxIter: 100 }), check: fixedPoint });
    cases.push({ name: "no init: k = n", args: call(rng.matrix(10, 2, -5, 5), 10), check: fixedPoint });
    {
      const points = clumps(rng, 20_000, 16, 16, 10);
      cases.push({ name: "large: 20,000 points in 16-D, k = 16, from a given init", args: call(points, 16, { init: samplePoints(rng, points, 16) }) });
      cases.push({ name: "large: 20,000 points in 16-D, k = 16, no init", args: call(points, 16), check: fixedPoint });
    }
    return cases;
  },
  properties: [{ name: "small random runs from a given init", arbitrary: smallWithInit, runs: 60 }],
  validateInput: (args) => {
    const [points, k, options] = args as [unknown, unknown, unknown];
    if (!Array.isArray(points) || points.length === 0 || !Array.isArray(points[0]) || points[0].length === 0) {
      return "points must be a non-empty n x d array.";
    }
    const n = points.length, d = points[0].length;
    const isRow = (r: unknown) => Array.isArray(r) && r.length === d && r.every((x) => typeof x === "number" && Number.isFinite(x));
    if (!points.every(isRow)) return `every point must be an array of ${d} finite numbers.`;
    if (!Number.isInteger(k) || (k as number) < 1 || (k as number) > Math.min(n, 64)) return `k must be an integer from 1 to ${Math.min(n, 64)}.`;
    if (options !== undefined) {
      if (!isObject(options)) return "options must be an object { init?, maxIter? }.";
      const { init, maxIter } = options as Options;
      if (init !== undefined && (!Array.isArray(init) || init.length !== k || !init.every(isRow))) return `init must be k = ${k} rows of ${d} finite numbers.`;
      if (maxIter !== undefined && !(Number.isInteger(maxIter) && maxIter >= 1)) return "maxIter must be a positive integer.";
    }
    return null;
  },
});
