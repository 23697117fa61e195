import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function normal(rng: Rng, shape: number[], mean = 0, std = 1) {
  return tensorFromFlat(rng.array(size(shape), () => rng.normal(mean, std)), shape);
}

interface CaseOptions {
  training: boolean;
  momentum?: number;
  eps?: number;
  /** Mean and spread of x. */
  mean?: number;
  std?: number;
}

/** x of `shape` (channels last), random gamma and beta, running statistics that differ from the batch's. */
function randomCase(rng: Rng, shape: number[], o: CaseOptions): Value[] {
  const c = shape[shape.length - 1]!;
  const args: Value[] = [
    normal(rng, shape, o.mean ?? 0, o.std ?? 1),
    normal(rng, [c], 1, 0.5),
    normal(rng, [c], 0, 0.5),
    normal(rng, [c], 0, 2),
    tensorFromFlat(rng.array(c, () => rng.float(0.2, 4)), [c]),
    o.training,
  ];
  if (o.momentum !== undefined || o.eps !== undefined) args.push(o.momentum ?? 0.1);
  if (o.eps !== undefined) args.push(o.eps);
  return args;
}

const grid = (n: number, lo: number, hi: number) =>
  fc.array(fc.integer({ min: lo, max: hi }), { minLength: n, maxLength: n }).map((a) => a.map((v) => v / 8));

const smallCase = fc
  .record({ n: fc.integer({ min: 2, max: 5 }), c: fc.integer({ min: 1, max: 4 }), training: fc.boolean(), momentum: fc.constantFrom(0.1, 0.5, 1) })
  .chain(({ n, c, training, momentum }) =>
    fc.tuple(grid(n * c, -32, 32), grid(c, -16, 16), grid(c, -16, 16), grid(c, -16, 16), grid(c, 1, 32)).map(
      ([x, g, b, rm, rv]): Value[] => [
        tensorFromFlat(x, [n, c]), tensorFromFlat(g, [c]), tensorFromFlat(b, [c]), tensorFromFlat(rm, [c]), tensorFromFlat(rv, [c]), training, momentum,
      ],
    ),
  );

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "gamma", tensor: true },
    { name: "beta", tensor: true },
    { name: "runningMean", tensor: true },
    { name: "runningVar", tensor: true },
    { name: "training" },
    { name: "momentum", optional: true },
    { name: "eps", optional: true },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    {
      name: "training step on a batch of 4 with 2 channels",
      args: [tensor([[1, 10], [2, 20], [3, 30], [6, 60]]), tensor([1, 1]), tensor([0, 0]), tensor([0, 0]), tensor([1, 1]), true],
    },
    {
      name: "inference with running statistics",
      args: [tensor([[1, 10], [2, 20], [3, 30], [6, 60]]), tensor([1, 0.5]), tensor([0, 1]), tensor([2, 25]), tensor([4, 100]), false],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "the smallest training batch (2 examples): unbiased running variance doubles", args: randomCase(rng, [2, 3], { training: true }) },
      { name: "one image, NHWC: statistics over height and width", args: randomCase(rng, [1, 4, 5, 3], { training: true }) },
      { name: "a batch of images in training, momentum 0.2", args: randomCase(rng, [3, 4, 4, 2], { training: true, momentum: 0.2 }) },
      { name: "inference on images ignores the batch statistics", args: randomCase(rng, [2, 3, 3, 4], { training: false, mean: 5, std: 3 }) },
      { name: "momentum 0: running statistics stay put", args: randomCase(rng, [6, 4], { training: true, momentum: 0 }) },
      { name: "momentum 1: running statistics become the batch's", args: randomCase(rng, [6, 4], { training: true, momentum: 1 }) },
      {
        name: "a constant channel in training (zero variance, eps matters)",
        args: [tensor([[2, 1], [2, -1], [2, 3]]), tensor([3, 1]), tensor([0.5, 0]), tensor([0, 0]), tensor([1, 1]), true],
      },
      {
        name: "channels far from zero in training: constant at 10000.123, 1e4 + noise (std 0.01), -3e4 + noise (std 0.3), and a plain one",
        args: [
          tensorFromFlat(
            rng.array(48, () => 0).flatMap(() => [10000.123, rng.normal(1e4, 0.01), rng.normal(-3e4, 0.3), rng.normal(0, 1)]),
            [48, 4],
          ),
          tensor([1.5, 1, 0.5, 2]), tensor([0.25, 0, -1, 0]), tensor([0, 9000, -2e4, 0]), tensor([1, 0.5, 2, 1]), true,
        ],
      },
      {
        name: "images with a channel near 1e4 (std 0.05) in training, momentum 0.3",
        args: (() => {
          const a = randomCase(rng, [2, 6, 6, 3], { training: true, momentum: 0.3 });
          a[0] = tensorFromFlat(rng.array(2 * 6 * 6 * 3, (i) => (i % 3 === 1 ? rng.normal(1e4, 0.05) : rng.normal(0, 1))), [2, 6, 6, 3]);
          return a;
        })(),
      },
      { name: "tiny spread (std 0.002) with eps 1e-5", args: randomCase(rng, [8, 3], { training: true, std: 0.002, mean: 1 }) },
      {
        name: "inference with a tiny running variance and eps 0.01",
        args: [normal(rng, [4, 3], 0, 0.1), tensor([1, 2, 3]), tensor([0, 0, 0]), tensor([0, 0.1, -0.1]), tensor([1e-4, 1e-3, 0]), false, 0.1, 0.01],
      },
      { name: "large offset (mean 100, std 1)", args: randomCase(rng, [16, 5], { training: true, mean: 100 }) },
      { name: "a sequence batch [N, L, C]", args: randomCase(rng, [3, 7, 4], { training: true, momentum: 0.05 }) },
    ];
    for (let i = 0; i < 6; i++) {
      const rank = rng.pick([2, 3, 4]);
      const shape = rng.array(rank, () => rng.int(1, 6));
      shape[0] = rng.int(2, 8);
      const training = i !== 2 && i !== 5;
      const momentum = rng.pick([undefined, 0.1, 0.3, 0.9]);
      cases.push({
        name: `random #${i + 1} (shape [${shape.join(", ")}], ${training ? "training" : "inference"}${momentum === undefined ? "" : `, momentum ${momentum}`})`,
        args: randomCase(rng, shape, { training, momentum, mean: rng.float(-3, 3), std: rng.float(0.2, 4) }),
      });
    }
    cases.push({ name: "large: [16, 16, 16, 32] in training", args: randomCase(rng, [16, 16, 16, 32], { training: true }) });
    return cases;
  },
  properties: [{ name: "small batches, training and inference", arbitrary: smallCase, runs: 30 }],
  validateInput: (args) => {
    const [x, gamma, beta, rm, rv, training, momentum, eps] = args;
    if (![x, gamma, beta, rm, rv].every(isTensorValue)) return "x, gamma, beta, runningMean and runningVar must be tensors.";
    const xs = (x as { $tensor: { shape: number[] } }).$tensor.shape;
    if (xs.length < 2 || xs.length > 4) return "x must have rank 2, 3 or 4 (channels last).";
    const c = xs[xs.length - 1]!;
    for (const [name, t] of [["gamma", gamma], ["beta", beta], ["runningMean", rm], ["runningVar", rv]] as const) {
      const s = (t as { $tensor: { shape: number[] } }).$tensor.shape;
      if (s.length !== 1 || s[0] !== c) return `${name} must have shape [${c}].`;
    }
    for (const v of (rv as { $tensor: { values: Float32Array } }).$tensor.values) if (!(v >= 0)) return "runningVar must not be negative.";
    if (typeof training !== "boolean") return "training must be true or false.";
    if (training && size(xs) / c < 2) return "training needs at least 2 values per channel.";
    if (momentum !== undefined && !(typeof momentum === "number" && momentum >= 0 && momentum <= 1)) return "momentum must be in [0, 1].";
    if (eps !== undefined && !(typeof eps === "number" && eps > 0)) return "eps must be positive.";
    return null;
  },
});
