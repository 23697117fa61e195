import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** x ~ N(0, 2), u uniform in [0, 1) (or on a grid of 1/`grid` steps, so some draws equal the rate). */
function randomCase(rng: Rng, shape: number[], rate: number, training: boolean, grid = 0): Value[] {
  const n = size(shape);
  const u = rng.array(n, () => (grid ? rng.int(0, grid - 1) / grid : rng.next()));
  return [tensorFromFlat(rng.array(n, () => rng.normal(0, 2)), shape), tensorFromFlat(u, shape), rate, training];
}

const RATES = [0, 1 / 16, 1 / 8, 1 / 4, 3 / 8, 1 / 2, 3 / 4, 15 / 16, 1];

const smallCase = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, cols }) =>
    fc.tuple(
      fc.array(fc.integer({ min: -32, max: 32 }), { minLength: rows * cols, maxLength: rows * cols }),
      fc.array(fc.integer({ min: 0, max: 15 }), { minLength: rows * cols, maxLength: rows * cols }),
      fc.integer({ min: 0, max: 16 }),
      fc.boolean(),
    ).map(([x, u, r, training]): Value[] => [
      tensorFromFlat(x.map((v) => v / 4), [rows, cols]),
      tensorFromFlat(u.map((v) => v / 16), [rows, cols]),
      r / 16,
      training,
    ]),
  );

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "u", tensor: true },
    { name: "rate" },
    { name: "training" },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    {
      name: "training, rate 0.5",
      args: [tensor([[1, 2, 3, 4], [5, 6, 7, 8]]), tensor([[0.9, 0.1, 0.5, 0.7], [0.2, 0.6, 0.49, 0.95]]), 0.5, true],
    },
    {
      name: "inference: x unchanged",
      args: [tensor([[1, 2, 3, 4], [5, 6, 7, 8]]), tensor([[0.9, 0.1, 0.5, 0.7], [0.2, 0.6, 0.49, 0.95]]), 0.5, false],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "rate 0 in training: identity", args: randomCase(rng, [3, 5], 0, true) },
      { name: "rate 1 in training: all zeros, never NaN", args: randomCase(rng, [3, 5], 1, true) },
      { name: "inference with rate 0.75: u is ignored", args: randomCase(rng, [4, 6], 0.75, false) },
      { name: "draws equal to the rate are kept (u on a grid of eighths, rate 0.25)", args: randomCase(rng, [4, 8], 0.25, true, 8) },
      { name: "every draw equals the rate", args: [tensor([1.5, -2, 3]), tensor([0.5, 0.5, 0.5]), 0.5, true] },
      { name: "u = 0 everywhere, rate 0.5: everything dropped", args: [tensor([[1, -2], [3, 4]]), tensor([[0, 0], [0, 0]]), 0.5, true] },
      { name: "a single element, kept", args: [tensor([-3.5]), tensor([0.999]), 0.875, true] },
      { name: "rank 4", args: randomCase(rng, [2, 3, 4, 5], 0.375, true) },
      { name: "a tiny rate (1/16) still scales", args: randomCase(rng, [6, 6], 1 / 16, true) },
    ];
    for (let i = 0; i < 6; i++) {
      const rank = rng.int(1, 4);
      const shape = rng.array(rank, () => rng.int(1, 7));
      const rate = rng.pick(RATES.slice(1, -1));
      const training = i < 5;
      cases.push({ name: `random #${i + 1} (shape [${shape.join(", ")}], rate ${rate}${training ? "" : ", inference"})`, args: randomCase(rng, shape, rate, training, i % 2 ? 16 : 0) });
    }
    cases.push({ name: "large: [256, 512], rate 0.1", args: randomCase(rng, [256, 512], 0.1, true) });
    return cases;
  },
  properties: [{ name: "small tensors, rates in sixteenths", arbitrary: smallCase, runs: 40 }],
  validateInput: (args) => {
    const [x, u, rate, training] = args;
    if (!isTensorValue(x) || !isTensorValue(u)) return "x and u must be tensors.";
    if (x.$tensor.shape.join() !== u.$tensor.shape.join()) return "u must have the same shape as x.";
    for (const v of u.$tensor.values) if (!(v >= 0 && v < 1)) return "every draw in u must lie in [0, 1).";
    if (typeof rate !== "number" || !(rate >= 0 && rate <= 1)) return "rate must be a number in [0, 1].";
    if (typeof training !== "boolean") return "training must be true or false.";
    return null;
  },
});
