import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/** One call: logits [n, c] = offset + scale * N(0, 1), labels uniform in 0..c-1. */
function randomCase(rng: Rng, n: number, c: number, scale = 3, offset = 0): Value[] {
  const logits = tensorFromFlat(rng.array(n * c, () => offset + scale * rng.normal()), [n, c]);
  const labels = tensorFromFlat(rng.array(n, () => rng.int(0, c - 1)), [n], "int32");
  return [logits, labels];
}

/** Largest |logit| in a case: float32 rounding of the loss grows with it. */
function maxAbs(v: Value): number {
  if (!isTensorValue(v)) return 0;
  let m = 0;
  for (const x of v.$tensor.values) m = Math.max(m, Math.abs(x));
  return m;
}

/** 1e-4 + 1e-3 |expected|, plus a few float32 roundings of the largest logit. */
const check = (got: Value, expected: Value, args: Value[]) =>
  closeTo({ atol: 1e-4 + 1e-6 * maxAbs(args[0]), rtol: 1e-3 })(got, expected);

const smallCase = fc
  .record({ n: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 2, max: 6 }), scale: fc.constantFrom(1, 100, 10_000) })
  .chain(({ n, c, scale }) =>
    fc.tuple(
      fc.array(fc.integer({ min: -16, max: 16 }), { minLength: n * c, maxLength: n * c }),
      fc.array(fc.integer({ min: 0, max: c - 1 }), { minLength: n, maxLength: n }),
    ).map(([z, y]): Value[] => [tensorFromFlat(z.map((v) => (v / 16) * scale), [n, c]), tensorFromFlat(y, [n], "int32")]),
  );

export default defineChecks({
  params: [
    { name: "logits", tensor: true },
    { name: "labels", tensor: true, dtype: "int32" },
  ],
  check,
  examples: [
    { name: "two examples, three classes", args: [tensor([[2, 1, 0.1], [0.5, 2.5, -1]]), tensor([0, 2], undefined, "int32")] },
    { name: "logits around 10,000", args: [tensor([[10000, 10002, 9999], [-10000, -10003, -9998]]), tensor([1, 0], undefined, "int32")] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "two classes, one example", args: [tensor([[1e4, -1e4]]), tensor([1], undefined, "int32")] },
      { name: "batch of one", args: randomCase(rng, 1, 10) },
      { name: "equal logits: log C", args: [tensorFromFlat(new Array(4 * 7).fill(0.25), [4, 7]), tensor([0, 3, 6, 2], undefined, "int32")] },
      { name: "all logits near +1e4 (exp overflows)", args: randomCase(rng, 6, 5, 3, 1e4) },
      { name: "all logits near -1e4 (exp underflows)", args: randomCase(rng, 6, 5, 3, -1e4) },
      {
        name: "true class 2e4 below the others (loss ~ 2e4, never Infinity)",
        args: [tensor([[-1e4, 1e4, 9990], [5000, -5000, 4000], [1e4, 1e4, -1e4]]), tensor([0, 1, 2], undefined, "int32")],
      },
      { name: "confident and right (loss near 0)", args: [tensor([[60, 0, -10], [-5, 80, 3], [0, 0, 100]]), tensor([0, 1, 2], undefined, "int32")] },
      { name: "wide logits (std 5000) over 40 classes", args: randomCase(rng, 16, 40, 5000) },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(1, 64), c = rng.int(2, 50);
      const scale = rng.pick([0.5, 3, 20, 300]);
      cases.push({ name: `random #${i + 1} (N = ${n}, C = ${c}, std ${scale})`, args: randomCase(rng, n, c, scale, rng.float(-10, 10)) });
    }
    cases.push({ name: "large: N = 2048, C = 100", args: randomCase(rng, 2048, 100, 4) });
    cases.push({ name: "large along the classes: N = 2, C = 20,000", args: randomCase(rng, 2, 20_000, 4) });
    cases.push({ name: "large along the batch: N = 100,000, C = 2", args: randomCase(rng, 100_000, 2, 4) });
    return cases;
  },
  properties: [{ name: "small batches at scales 1, 100 and 10,000", arbitrary: smallCase, runs: 40 }],
  validateInput: (args) => {
    const [logits, labels] = args;
    if (!isTensorValue(logits) || !isTensorValue(labels)) return "logits and labels must be tensors.";
    const [n, c] = logits.$tensor.shape;
    if (logits.$tensor.shape.length !== 2 || !n || !c || c < 2) return "logits must have shape [N, C] with N >= 1 and C >= 2.";
    if (labels.$tensor.shape.length !== 1 || labels.$tensor.shape[0] !== n) return `labels must have shape [${n}].`;
    for (const y of labels.$tensor.values) if (!Number.isInteger(y) || y < 0 || y >= c) return `every label must be an integer in 0..${c - 1}.`;
    return null;
  },
});
