import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** A float32 tensor of `shape` with values mean + std * N(0, 1). */
function normal(rng: Rng, shape: number[], mean = 0, std = 1) {
  return tensorFromFlat(rng.array(size(shape), () => rng.normal(mean, std)), shape);
}

/** One layer-norm call: x of `shape`, random gamma and beta of the last dimension, optional eps. */
function randomCase(rng: Rng, shape: number[], eps?: number, mean = 0, std = 1): Value[] {
  const d = shape[shape.length - 1]!;
  const args: Value[] = [normal(rng, shape, mean, std), normal(rng, [d], 1, 0.5), normal(rng, [d], 0, 0.5)];
  if (eps !== undefined) args.push(eps);
  return args;
}

/** Small rows on a grid of sixteenths, so shrinking ends at readable numbers. */
const gridValues = (n: number, max = 64) =>
  fc.array(fc.integer({ min: -max, max }), { minLength: n, maxLength: n }).map((a) => a.map((v) => v / 16));

const smallCase = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 8 }) })
  .chain(({ rows, d }) =>
    fc.tuple(gridValues(rows * d), gridValues(d, 32), gridValues(d, 32), fc.constantFrom(1e-5, 1e-3, 0.25)).map(
      ([x, g, b, eps]): Value[] => [tensorFromFlat(x, [rows, d]), tensorFromFlat(g, [d]), tensorFromFlat(b, [d]), eps],
    ),
  );

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "gamma", tensor: true },
    { name: "beta", tensor: true },
    { name: "eps", optional: true },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    {
      name: "two rows, gamma = 1, beta = 0",
      args: [tensor([[1, 2, 3, 4], [2, 2, 2, 6]]), tensor([1, 1, 1, 1]), tensor([0, 0, 0, 0])],
    },
    {
      name: "rank 3 with a scale, a shift and eps = 0.001",
      args: [
        tensor([[[1, 0, -1], [4, 8, 0]], [[0.5, 0.5, 2], [-3, 3, 0]]]),
        tensor([1, 2, 0.5]),
        tensor([0, 1, -1]),
        1e-3,
      ],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "D = 1: every row becomes beta", args: [tensor([[3], [-2], [0], [7.5], [1e4]]), tensor([2]), tensor([0.5])] },
      { name: "a single row (rank 1)", args: randomCase(rng, [8]) },
      {
        name: "constant rows (zero variance)",
        args: [tensor([[0.3, 0.3, 0.3, 0.3, 0.3, 0.3], [-5, -5, -5, -5, -5, -5], [0, 0, 0, 0, 0, 0]]), normal(rng, [6], 1, 0.5), normal(rng, [6])],
      },
      {
        name: "constant rows at a large offset (1e4 and -3e4 with fractional parts)",
        args: [
          tensorFromFlat([...new Array(24).fill(10000.123), ...new Array(24).fill(-30000.77), ...new Array(24).fill(12345.678)], [3, 24]),
          normal(rng, [24], 1, 0.5),
          normal(rng, [24]),
        ],
      },
      { name: "rows at 1e4 with a small spread (std 0.01)", args: randomCase(rng, [6, 64], undefined, 1e4, 0.01) },
      { name: "rows at -1e4 with std 0.2, rank 3", args: randomCase(rng, [2, 4, 48], 1e-4, -1e4, 0.2) },
      { name: "tiny spread (std 0.001): eps matters", args: randomCase(rng, [4, 16], undefined, 0.3, 1e-3) },
      { name: "a large eps (0.5)", args: randomCase(rng, [3, 10], 0.5) },
      { name: "large offset, small spread (mean 200, std 1)", args: randomCase(rng, [8, 24], undefined, 200, 1) },
      { name: "negative offset, rank 3 (mean -300, std 1.5)", args: randomCase(rng, [2, 5, 16], 1e-4, -300, 1.5) },
      { name: "large magnitudes (std 10,000)", args: randomCase(rng, [4, 32], 1e-5, 0, 1e4) },
      { name: "rank 4 input", args: randomCase(rng, [2, 3, 4, 5]) },
      { name: "batch of one, rank 3", args: randomCase(rng, [1, 1, 7], 1e-3) },
    ];
    for (let i = 0; i < 6; i++) {
      const rank = rng.int(1, 4);
      const shape = rng.array(rank, () => rng.int(1, 6));
      shape[rank - 1] = rng.int(2, 24);
      const eps = rng.pick([undefined, 1e-5, 1e-3, 1e-2]);
      cases.push({ name: `random #${i + 1} (shape [${shape.join(", ")}]${eps === undefined ? "" : `, eps ${eps}`})`, args: randomCase(rng, shape, eps, rng.float(-3, 3), rng.float(0.1, 5)) });
    }
    cases.push({ name: "large: [64, 32, 64]", args: randomCase(rng, [64, 32, 64], undefined, 1, 2) });
    return cases;
  },
  properties: [{ name: "small random rows", arbitrary: smallCase, runs: 40 }],
  validateInput: (args) => {
    const [x, gamma, beta, eps] = args;
    if (!isTensorValue(x) || !isTensorValue(gamma) || !isTensorValue(beta)) return "x, gamma and beta must be tensors.";
    const xs = x.$tensor.shape;
    if (xs.length < 1) return "x must have at least one axis.";
    const d = xs[xs.length - 1]!;
    if (d < 1) return "the last axis of x must not be empty.";
    for (const [name, t] of [["gamma", gamma], ["beta", beta]] as const) {
      if (t.$tensor.shape.length !== 1 || t.$tensor.shape[0] !== d) return `${name} must have shape [${d}].`;
    }
    if (eps !== undefined && !(typeof eps === "number" && eps > 0)) return "eps must be a positive number.";
    return null;
  },
});
