import { closeTo, defineChecks, fc, type TestCase, type Value } from "../../src/judge/kit";

const smallCase = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 16 }), fc.constantFrom<number | undefined>(undefined, 10000, 100, 2))
  .map(([seqLen, dModel, base]): Value[] => (base === undefined ? [seqLen, dModel] : [seqLen, dModel, base]));

export default defineChecks({
  params: [{ name: "seqLen" }, { name: "dModel" }, { name: "base", optional: true }],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    { name: "4 positions, dModel 6", args: [4, 6] },
    { name: "3 positions, dModel 4, base 100", args: [3, 4, 100] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "one position: [0, 1, 0, 1, ...]", args: [1, 8] },
      { name: "dModel 1: a single sine column", args: [10, 1] },
      { name: "dModel 2: sin(p), cos(p)", args: [12, 2] },
      { name: "odd dModel (7): the last column is a sine", args: [9, 7] },
      { name: "odd dModel (1 position, 5 columns)", args: [1, 5] },
      { name: "base 10 over 50 positions", args: [50, 16, 10] },
      { name: "wide model: dModel 512, 16 positions", args: [16, 512] },
    ];
    for (let i = 0; i < 6; i++) {
      const seqLen = rng.int(2, 300), dModel = rng.int(1, 128);
      const base = rng.pick([undefined, undefined, 1000, 500, 20]);
      cases.push({ name: `random #${i + 1} (${seqLen} positions, dModel ${dModel}${base ? `, base ${base}` : ""})`, args: base ? [seqLen, dModel, base] : [seqLen, dModel] });
    }
    cases.push({ name: "large: 1024 positions, dModel 128", args: [1024, 128] });
    // The Limits: dModel at 1024, and 262,144 entries with all 1024 positions (float32 angles are least exact there).
    cases.push({ name: "large: 256 positions, dModel 1024 (262,144 entries)", args: [256, 1024] });
    cases.push({ name: "large: 1024 positions, dModel 256, base 100 (262,144 entries)", args: [1024, 256, 100] });
    return cases;
  },
  properties: [{ name: "small encodings", arbitrary: smallCase, runs: 30 }],
  validateInput: (args) => {
    const [seqLen, dModel, base] = args;
    if (!Number.isInteger(seqLen) || (seqLen as number) < 1 || (seqLen as number) > 1024) return "seqLen must be an integer from 1 to 1024.";
    if (!Number.isInteger(dModel) || (dModel as number) < 1 || (dModel as number) > 1024) return "dModel must be an integer from 1 to 1024.";
    if ((seqLen as number) * (dModel as number) > 262_144) return "seqLen * dModel must be at most 262,144.";
    if (base !== undefined && !(typeof base === "number" && base > 1)) return "base must be a number greater than 1.";
    return null;
  },
});
