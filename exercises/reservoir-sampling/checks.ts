import { defineChecks, exact, fc, type TestCase } from "../../src/judge/kit";

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

const streamArb = fc.tuple(
  fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 0xffffffff }),
);

export default defineChecks({
  params: [{ name: "stream" }, { name: "k" }, { name: "seed" }],
  check: exact(),
  examples: [
    { name: "eight items, k = 3", args: [range(10, 18), 3, 42] },
    { name: "fewer items than k", args: [[5, 6], 4, 7] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "empty stream", args: [[], 3, 1] },
      { name: "k = 0", args: [[1, 2, 3], 0, 5] },
      { name: "n equals k: no draws", args: [[4, 8, 15, 16], 4, 99] },
      { name: "k = 1", args: [range(0, 30), 1, 2024] },
      { name: "one item past the reservoir", args: [[1, 2, 3, 4], 3, 314159] },
      { name: "repeated items", args: [[7, 7, 7, 3, 3, 7, 3, 3, 7, 7], 3, 11] },
      { name: "seed 0", args: [range(100, 140), 5, 0] },
      { name: "largest seed", args: [range(100, 140), 5, 0xffffffff] },
    ];
    for (let i = 0; i < 5; i++) {
      const n = rng.int(20, 500);
      cases.push({
        name: `random stream #${i + 1} (n = ${n})`,
        args: [rng.array(n, () => rng.int(0, 1_000_000)), rng.int(1, 25), rng.int(0, 0xffffffff)],
      });
    }
    cases.push({ name: "1,000,000 items, k = 1,000", args: [range(0, 1_000_000), 1_000, rng.int(0, 0xffffffff)] });
    cases.push({ name: "300,000 items, k = 100,000", args: [rng.array(300_000, () => rng.int(0, 1e9)), 100_000, rng.int(0, 0xffffffff)] });
    return cases;
  },
  properties: [{ name: "random small streams and seeds", arbitrary: streamArb, runs: 150 }],
  validateInput: ([stream, k, seed]) => {
    if (!Array.isArray(stream) || stream.some((x) => typeof x !== "number")) return "stream must be an array of numbers.";
    if (!Number.isInteger(k) || (k as number) < 0) return "k must be a non-negative integer.";
    if (!Number.isInteger(seed) || (seed as number) < 0 || (seed as number) > 0xffffffff) return "seed must be an integer in [0, 2^32).";
    return null;
  },
});
