import { defineChecks, exact, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * `blobs` Gaussian blobs of `perBlob` points (spread `spread`) in a box of side `box`, plus
 * `noise` uniform points, all shuffled together.
 */
function randomCase(rng: Rng, d: number, blobs: number, perBlob: number, spread: number, noise: number, box: number, eps: number, minPts: number): Value[] {
  const points: number[][] = [];
  for (let b = 0; b < blobs; b++) {
    const centre = rng.array(d, () => rng.float(0, box));
    for (let i = 0; i < perBlob; i++) points.push(centre.map((c) => c + spread * rng.normal()));
  }
  for (let i = 0; i < noise; i++) points.push(rng.array(d, () => rng.float(0, box)));
  return [rng.shuffle(points), eps, minPts];
}

/** Small cases on an integer grid: distances exactly eps happen often. */
const gridArb = fc
  .record({ n: fc.integer({ min: 0, max: 12 }), d: fc.integer({ min: 1, max: 2 }) })
  .chain(({ n, d }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.constantFrom(0, 1, 1.5, 2, 3),
      fc.integer({ min: 1, max: 4 }),
    ).map(([points, eps, minPts]): Value[] => [points, eps, minPts]),
  );

export default defineChecks({
  params: [{ name: "points" }, { name: "eps" }, { name: "minPts" }],
  check: exact(),
  examples: [
    { name: "two clusters and a noise point", args: [[[0, 0], [0, 1], [1, 0], [1, 1], [8, 8], [8, 9], [9, 8], [25, 25]], 1.5, 3] },
    {
      name: "a point first marked noise joins the first cluster that reaches it",
      args: [[[2], [3.7], [3], [3.4], [4], [0], [0.3], [0.6], [1], [10]], 1, 4],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no points", args: [[], 1, 2] },
      { name: "one point, minPts = 1: a cluster of its own", args: [[[3, 3]], 0.5, 1] },
      { name: "one point, minPts = 2: noise", args: [[[3, 3]], 0.5, 2] },
      { name: "minPts = 1: every point is core, isolated points are clusters", args: [[[0], [10], [0.5], [20], [10.4]], 1, 1] },
      { name: "minPts larger than n: all noise", args: [[[0, 0], [0, 0.1], [0.1, 0]], 5, 4] },
      { name: "all points identical", args: [[[2, 2], [2, 2], [2, 2], [2, 2]], 0.1, 4] },
      { name: "eps = 0: only duplicates are neighbours", args: [[[1, 1], [1, 1], [2, 2], [1, 1], [2, 2]], 0, 2] },
      { name: "distance exactly eps counts (3-4-5 triangles)", args: [[[0, 0], [3, 4], [6, 8], [9, 12], [30, 40]], 5, 2] },
      {
        name: "a border point goes to the lower-numbered cluster, even when a core of the other is nearer",
        args: [[[-1, 0], [-1.5, 0], [-1, 0.5], [-1, -0.5], [-1.4, 0.3], [0.6, 0], [1.2, 0], [0.9, 0.5], [0.9, -0.5], [0, 0]], 1, 4],
      },
      {
        name: "clusters are numbered by their lowest-index core point, not their lowest-index member",
        args: [[[10.9], [0], [0.5], [1], [10], [10.3], [10.6], [0.2]], 0.5, 3],
      },
      { name: "a cluster does not grow through its border points", args: [[[0], [0.3], [0.6], [1], [1.9], [2.8], [3.7]], 1, 4] },
      { name: "one dimension: a long chain of points 1 apart", args: [Array.from({ length: 200 }, (_, i) => [i]), 1, 3] },
      { name: "three dimensions", args: randomCase(rng, 3, 3, 30, 0.4, 15, 10, 0.9, 5) },
      { name: "coordinates around one million", args: [[[1e6, 1e6], [1e6 + 0.25, 1e6], [1e6, 1e6 + 0.25], [1e6 + 3, 1e6], [1e6 + 3.25, 1e6], [1e6 + 3, 1e6 + 0.25]], 0.3, 3] },
    ];
    for (let i = 0; i < 6; i++) {
      const d = rng.int(1, 4), blobs = rng.int(1, 5);
      cases.push({
        name: `random #${i + 1} (d = ${d}, ${blobs} blobs with noise)`,
        args: randomCase(rng, d, blobs, rng.int(5, 60), rng.float(0.2, 1), rng.int(0, 30), 12, rng.float(0.3, 1.2), rng.int(2, 8)),
      });
    }
    cases.push({ name: "large: 5,000 points in dense blobs (O(n²) neighbourhood queries)", args: randomCase(rng, 2, 3, 1500, 0.5, 500, 30, 0.6, 10) });
    return cases;
  },
  properties: [{ name: "small cases on an integer grid", arbitrary: gridArb, runs: 120 }],
  validateInput: ([points, eps, minPts]) => {
    if (!Array.isArray(points)) return "points must be an array of points.";
    const d = (points[0] as unknown[] | undefined)?.length ?? 1;
    if (!points.every((p) => Array.isArray(p) && p.length === d && d >= 1 && p.every((v) => typeof v === "number" && Number.isFinite(v)))) {
      return "every point must be an array of the same number (at least 1) of finite coordinates.";
    }
    if (typeof eps !== "number" || !(eps >= 0) || !Number.isFinite(eps)) return "eps must be a finite number >= 0.";
    if (!Number.isInteger(minPts) || (minPts as number) < 1) return "minPts must be a positive integer.";
    return null;
  },
});
