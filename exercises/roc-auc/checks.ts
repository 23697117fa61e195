import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * n samples, a fraction `posRate` of them positive; a positive's score is shifted up by
 * `signal` standard deviations, and scores are rounded to `decimals` places (fewer
 * decimals, more ties), then spread by `scale`.
 */
function randomCase(rng: Rng, n: number, posRate: number, signal: number, decimals: number, scale = 1): Value[] {
  const labels: number[] = [], scores: number[] = [];
  const unit = 10 ** decimals;
  for (let i = 0; i < n; i++) {
    const y = rng.bool(posRate) ? 1 : 0;
    labels.push(y);
    scores.push((Math.round((rng.normal() + signal * y) * unit) / unit) * scale);
  }
  return [labels, scores];
}

/** Small cases with many ties: scores are small integers, labels random. */
const tiedArb = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
    fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }),
  ).map(([labels, scores]): Value[] => [labels, scores]),
);

/** Small cases with float scores over a wide range (negative, large, tiny). */
const wideArb = fc.integer({ min: 2, max: 14 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
  ).map(([labels, scores]): Value[] => [labels, scores]),
);

export default defineChecks({
  params: [{ name: "labels" }, { name: "scores" }],
  check: closeTo({ atol: 1e-9, rtol: 0 }),
  examples: [
    { name: "four samples, no ties", args: [[0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]] },
    { name: "tied scores count half", args: [[1, 0, 1, 0, 1], [0.5, 0.5, 0.9, 0.2, 0.5]] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no samples: NaN", args: [[], []] },
      { name: "only positives: NaN", args: [[1, 1, 1], [0.2, 0.9, 0.4]] },
      { name: "only negatives: NaN", args: [[0], [3]] },
      { name: "one positive above one negative", args: [[0, 1], [-1, 2]] },
      { name: "one positive below one negative", args: [[1, 0], [-1, 2]] },
      { name: "every score equal", args: [[1, 0, 0, 1, 0, 1, 1], [7, 7, 7, 7, 7, 7, 7]] },
      { name: "perfect ranking with ties inside each class", args: [[0, 1, 0, 1, 1, 0], [0.1, 0.9, 0.1, 0.9, 0.7, 0.3]] },
      { name: "a tie across the classes at the boundary", args: [[0, 0, 1, 0, 1, 1], [1, 2, 2, 2, 3, 2]] },
      { name: "negative scores (logits): numeric order, not string order", args: [[1, 0, 1, 0, 0, 1, 0, 1], [-5, 10, 9, -12, -3, 100, 2, -40]] },
      { name: "-0 and 0 are the same score", args: [[1, 0, 0, 1], [-0, 0, -1, 0]] },
      { name: "huge and tiny magnitudes", args: [[1, 0, 1, 0, 1, 0], [1e300, -1e300, 2e-300, 1e-300, -1e-300, 1e-300]] },
    ];
    cases.push({ name: "one positive among 1,000", args: (() => {
      const [labels, scores] = randomCase(rng, 1000, 0, 0, 3) as [number[], number[]];
      labels[rng.int(0, 999)] = 1;
      return [labels, scores];
    })() });
    for (let i = 0; i < 6; i++) {
      const n = rng.int(20, 400), decimals = rng.pick([0, 1, 3]);
      cases.push({
        name: `random #${i + 1} (n = ${n}, scores rounded to ${decimals} decimal place${decimals === 1 ? "" : "s"})`,
        args: randomCase(rng, n, rng.float(0.1, 0.9), rng.float(0, 2), decimals, rng.pick([1, 10, 1e-3])),
      });
    }
    cases.push({ name: "large: 300,000 samples with many ties (O(n log n))", args: randomCase(rng, 300_000, 0.5, 0.7, 2, 5) });
    // The other extreme of the same limit: no ties, so n distinct thresholds.
    cases.push({ name: "large: 300,000 distinct scores (O(n log n))", args: randomCase(rng, 300_000, 0.3, 0.5, 12) });
    return cases;
  },
  properties: [
    { name: "small cases with tied integer scores", arbitrary: tiedArb, runs: 100 },
    { name: "small cases with wide-ranging float scores", arbitrary: wideArb, runs: 60 },
  ],
  validateInput: ([labels, scores]) => {
    if (!Array.isArray(labels) || !Array.isArray(scores)) return "labels and scores must be arrays.";
    if (labels.length !== scores.length) return "labels and scores must have the same length.";
    if (labels.some((y) => y !== 0 && y !== 1)) return "every label must be 0 or 1.";
    if (scores.some((s) => typeof s !== "number" || !Number.isFinite(s))) return "every score must be a finite number.";
    return null;
  },
});
