import { defineChecks, exact, fc, type Rng, type TestCase } from "../../src/judge/kit";

/** Scores drawn from a few distinct values, so ties are everywhere. */
function tiedScores(rng: Rng, n: number, levels: number): number[] {
  return rng.array(n, () => rng.int(0, levels - 1) / 4);
}

const scoresArb = fc.tuple(
  fc.array(fc.integer({ min: -5, max: 5 }).map((x) => x / 2), { maxLength: 25 }),
  fc.integer({ min: 0, max: 8 }),
);

export default defineChecks({
  params: [{ name: "scores" }, { name: "k" }],
  check: exact(),
  examples: [
    { name: "a tie goes to the earlier item", args: [[0.2, 0.9, 0.5, 0.9, 0.1], 3] },
    { name: "fewer items than k", args: [[3, 1, 2], 5] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "empty stream", args: [[], 3] },
      { name: "k = 0", args: [[1, 2, 3], 0] },
      { name: "single item", args: [[-4.5], 1] },
      { name: "all scores equal", args: [[7, 7, 7, 7, 7, 7], 4] },
      { name: "a late tie with the weakest kept item must not replace it", args: [[5, 1, 4, 1, 1, 3], 3] },
      { name: "negative scores", args: [[-3, -1, -2, -1e9, -0.5], 2] },
      { name: "k equals n", args: [[2, 9, 4, 9, 1], 5] },
      { name: "increasing stream: every item enters the top k", args: [Array.from({ length: 50 }, (_, i) => i), 10] },
      { name: "decreasing stream", args: [Array.from({ length: 50 }, (_, i) => -i), 10] },
    ];
    for (let i = 0; i < 4; i++) {
      const n = rng.int(10, 300);
      cases.push({ name: `random scores #${i + 1} (n = ${n})`, args: [rng.array(n, () => rng.normal()), rng.int(1, 20)] });
    }
    for (let i = 0; i < 4; i++) {
      const n = rng.int(10, 300);
      cases.push({ name: `many ties #${i + 1} (n = ${n})`, args: [tiedScores(rng, n, rng.int(2, 6)), rng.int(1, 30)] });
    }
    cases.push({ name: "1,000,000 scores, k = 20,000 (O(n log k))", args: [rng.array(1_000_000, () => rng.normal()), 20_000] });
    cases.push({ name: "rising stream of 200,000 scores, k = 50,000", args: [Array.from({ length: 200_000 }, (_, i) => i / 8 + rng.int(0, 3)), 50_000] });
    cases.push({ name: "1,000,000 scores, k = 100,000 (the k limit)", args: [rng.array(1_000_000, () => rng.normal()), 100_000] });
    cases.push({ name: "1,000,000 scores over 10 distinct values, k = 1,000 (ties)", args: [tiedScores(rng, 1_000_000, 10), 1_000] });
    return cases;
  },
  properties: [{ name: "random small streams", arbitrary: scoresArb, runs: 150 }],
  validateInput: ([scores, k]) => {
    if (!Array.isArray(scores) || scores.some((s) => typeof s !== "number" || !Number.isFinite(s))) return "scores must be an array of finite numbers.";
    if (!Number.isInteger(k) || (k as number) < 0) return "k must be a non-negative integer.";
    return null;
  },
});
