import { closeTo, defineChecks, describeValue, exact, fail, fc, formatNumber, type CheckOutcome, type Rng, type TestCase, type Value } from "../../src/judge/kit";

const scoresClose = closeTo({ atol: 1e-9, rtol: 1e-9 });
const same = exact();

interface Beam { tokens: number[]; score: number }

/** Names the first beam whose tokens differ; otherwise compares scores within 1e-9. */
function check(got: Value, expected: Value): CheckOutcome {
  const r = scoresClose(got, expected);
  if (r.pass) return r;
  const e = expected as Beam[];
  if (!Array.isArray(got) || got.length !== e.length) return r;
  for (let i = 0; i < e.length; i++) {
    const g = got[i] as Partial<Beam> | undefined;
    if (typeof g !== "object" || g === null || !Array.isArray(g.tokens)) return r;
    if (!same(g.tokens, e[i]!.tokens).pass) {
      const score = (b: Partial<Beam>) => (typeof b.score === "number" ? formatNumber(b.score) : describeValue(b.score));
      return fail(
        `Beam ${i} should be ${describeValue(e[i]!.tokens)} (score ${score(e[i]!)}), got ${describeValue(g.tokens)} (score ${score(g)}).`,
        { path: `[${i}].tokens`, expected: describeValue(e[i]!.tokens), got: describeValue(g.tokens) },
      );
    }
  }
  return r;
}

/** Each row a log-softmax of random logits: a proper bigram model. */
function randomModel(rng: Rng, vocab: number, temperature = 1): number[][] {
  return rng.array(vocab, () => {
    const logits = rng.array(vocab, () => rng.normal(0, 2) / temperature);
    const max = Math.max(...logits);
    const logZ = max + Math.log(logits.reduce((s, x) => s + Math.exp(x - max), 0));
    return logits.map((x) => x - logZ);
  });
}

/** Log-probabilities on a grid of quarters, so that sums tie exactly and often. */
function tiedModel(rng: Rng, vocab: number, levels: number): number[][] {
  return rng.array(vocab, () => rng.array(vocab, () => -rng.int(0, levels - 1) / 4));
}

const modelArb = fc.integer({ min: 1, max: 4 }).chain((vocab) =>
  fc.tuple(
    fc.array(
      fc.array(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -8, max: 0 }).map((x) => x / 4) }, { weight: 1, arbitrary: fc.constant(-Infinity) }), {
        minLength: vocab, maxLength: vocab,
      }),
      { minLength: vocab, maxLength: vocab },
    ),
    fc.integer({ min: 0, max: vocab - 1 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 1, max: 5 }),
  ),
);

export default defineChecks({
  params: [{ name: "logProbs" }, { name: "start" }, { name: "steps" }, { name: "beamWidth" }],
  check,
  examples: [
    { name: "two beams tie: the smaller sequence first", args: [[[-5, -2, -1], [-1, -10, -10], [-2, -10, -10]], 0, 2, 2] },
    { name: "a wider beam beats greedy decoding", args: [[[-0.7, -0.8], [-3, -0.01]], 0, 3, 2] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "zero steps", args: [[[-0.5, -1], [-1, -0.5]], 1, 0, 3] },
      { name: "a vocabulary of one token", args: [[[0]], 0, 4, 3] },
      { name: "beam wider than the number of sequences", args: [[[-1, -2], [-0.5, -3]], 0, 3, 20] },
      { name: "beam width 1 is greedy", args: [[[-0.7, -0.8], [-3, -0.01]], 0, 3, 1] },
      { name: "all log-probabilities equal: lexicographic order decides", args: [Array.from({ length: 4 }, () => [-1, -1, -1, -1]), 2, 3, 5] },
      { name: "forbidden transitions (-Infinity)", args: [[[-Infinity, -0.1, -2.4], [-Infinity, -Infinity, 0], [-0.2, -1.7, -Infinity]], 0, 4, 3] },
      { name: "every continuation forbidden: -Infinity beams still ranked", args: [[[-1, -Infinity], [-Infinity, -Infinity]], 0, 3, 3] },
      { name: "scores 1e-12 apart do not tie: the higher wins", args: [[[-0.5 - 1e-12, -0.5], [-1, -1]], 0, 1, 2] },
      { name: "the start token matters", args: [[[-0.1, -3, -3], [-3, -3, -0.1], [-3, -0.1, -3]], 1, 3, 2] },
    ];
    for (let i = 0; i < 4; i++) {
      const vocab = rng.int(3, 12);
      cases.push({ name: `random model #${i + 1} (V = ${vocab})`, args: [randomModel(rng, vocab), rng.int(0, vocab - 1), rng.int(1, 6), rng.int(1, 6)] });
    }
    for (let i = 0; i < 4; i++) {
      const vocab = rng.int(2, 6);
      cases.push({ name: `many exact ties #${i + 1} (V = ${vocab})`, args: [tiedModel(rng, vocab, rng.int(2, 4)), rng.int(0, vocab - 1), rng.int(2, 5), rng.int(2, 8)] });
    }
    cases.push({ name: "V = 1000, beam width 64, 50 steps (every limit at once)", args: [randomModel(rng, 1000, 0.5), 0, 50, 64] });
    cases.push({ name: "V = 300 with ties, beam width 64, 20 steps", args: [tiedModel(rng, 300, 6), 7, 20, 64] });
    return cases;
  },
  properties: [{ name: "random small models with ties and forbidden transitions", arbitrary: modelArb, runs: 150 }],
  validateInput: ([logProbs, start, steps, beamWidth]) => {
    if (!Array.isArray(logProbs) || logProbs.length === 0) return "logProbs must be a non-empty V x V array.";
    const v = logProbs.length;
    if (logProbs.some((row) => !Array.isArray(row) || row.length !== v || row.some((x: unknown) => typeof x !== "number" || Number.isNaN(x) || x > 0))) {
      return "logProbs must be V x V with entries <= 0 (or -Infinity).";
    }
    if (!Number.isInteger(start) || (start as number) < 0 || (start as number) >= v) return `start must be a token in 0..${v - 1}.`;
    if (!Number.isInteger(steps) || (steps as number) < 0) return "steps must be a non-negative integer.";
    if (!Number.isInteger(beamWidth) || (beamWidth as number) < 1) return "beamWidth must be a positive integer.";
    return null;
  },
});
