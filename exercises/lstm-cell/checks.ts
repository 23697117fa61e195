import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";

function uniform(rng: Rng, shape: number[], scale = 1) {
  const n = shape.reduce((a, b) => a * b, 1);
  return tensorFromFlat(rng.array(n, () => rng.float(-scale, scale)), shape);
}

/** x, h, c, wx, wh, b for batch `batch`, input size `inputs`, hidden size `hidden`. */
function randomCase(rng: Rng, batch: number, inputs: number, hidden: number, o: { weight?: number; state?: number; zeroState?: boolean } = {}): Value[] {
  const w = o.weight ?? 1 / Math.sqrt(hidden);
  const s = o.state ?? 1;
  return [
    uniform(rng, [batch, inputs], 1),
    o.zeroState ? tensorFromFlat(new Array(batch * hidden).fill(0), [batch, hidden]) : uniform(rng, [batch, hidden], s),
    o.zeroState ? tensorFromFlat(new Array(batch * hidden).fill(0), [batch, hidden]) : uniform(rng, [batch, hidden], 2 * s),
    uniform(rng, [inputs, 4 * hidden], w),
    uniform(rng, [hidden, 4 * hidden], w),
    uniform(rng, [4 * hidden], w),
  ];
}

const grid = (n: number) => fc.array(fc.integer({ min: -16, max: 16 }), { minLength: n, maxLength: n }).map((a) => a.map((v) => v / 8));

const smallCase = fc
  .record({ batch: fc.integer({ min: 1, max: 3 }), inputs: fc.integer({ min: 1, max: 3 }), hidden: fc.integer({ min: 1, max: 3 }) })
  .chain(({ batch, inputs, hidden }) =>
    fc.tuple(grid(batch * inputs), grid(batch * hidden), grid(batch * hidden), grid(inputs * 4 * hidden), grid(hidden * 4 * hidden), grid(4 * hidden)).map(
      ([x, h, c, wx, wh, b]): Value[] => [
        tensorFromFlat(x, [batch, inputs]), tensorFromFlat(h, [batch, hidden]), tensorFromFlat(c, [batch, hidden]),
        tensorFromFlat(wx, [inputs, 4 * hidden]), tensorFromFlat(wh, [hidden, 4 * hidden]), tensorFromFlat(b, [4 * hidden]),
      ],
    ),
  );

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "h", tensor: true },
    { name: "c", tensor: true },
    { name: "wx", tensor: true },
    { name: "wh", tensor: true },
    { name: "b", tensor: true },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    {
      name: "hidden size 1: one value per gate",
      args: [tensor([[1, -1]]), tensor([[0.5]]), tensor([[2]]), tensor([[0.1, 0.2, 0.3, 0.4], [0.5, -0.5, 0.25, -0.25]]), tensor([[1, -1, 0.5, 2]]), tensor([0, 1, 0, -1])],
    },
    {
      name: "batch of 2, 3 inputs, hidden size 2",
      args: [
        tensor([[1, 0, -1], [0.5, 2, 0]]),
        tensor([[0.1, -0.2], [0, 0.3]]),
        tensor([[1, -1], [0.5, 0]]),
        tensor([[0.1, -0.1, 0.2, 0, 0.3, -0.3, 0.1, 0.2], [0, 0.2, -0.2, 0.1, 0.1, 0, -0.1, 0.3], [0.2, 0.1, 0, -0.2, 0.4, 0.1, 0, 0]]),
        tensor([[0.3, 0, 0.1, -0.1, 0.2, 0.2, -0.3, 0.1], [-0.1, 0.2, 0, 0.1, 0, -0.2, 0.1, 0.2]]),
        tensor([0, 0, 1, 1, 0, 0, 0, 0]),
      ],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "everything of size 1", args: randomCase(rng, 1, 1, 1) },
      { name: "zero initial state", args: randomCase(rng, 3, 4, 5, { zeroState: true }) },
      {
        name: "forget gate shut, input gate open: the cell is replaced",
        args: [tensor([[1]]), tensor([[0]]), tensor([[5]]), tensor([[20, -20, 2, 20]]), tensor([[0, 0, 0, 0]]), tensor([0, 0, 0, 0])],
      },
      {
        name: "forget gate open, input gate shut: the cell carries over",
        args: [tensor([[1]]), tensor([[0]]), tensor([[5]]), tensor([[-20, 20, 2, 20]]), tensor([[0, 0, 0, 0]]), tensor([0, 0, 0, 0])],
      },
      { name: "saturated gates (pre-activations around ±40)", args: randomCase(rng, 4, 3, 3, { weight: 20 }) },
      { name: "a large cell state (|c| up to 100)", args: randomCase(rng, 2, 3, 4, { state: 50 }) },
      { name: "more inputs than hidden units (I = 9, H = 2)", args: randomCase(rng, 3, 9, 2) },
      { name: "more hidden units than inputs (I = 2, H = 9)", args: randomCase(rng, 3, 2, 9) },
    ];
    for (let i = 0; i < 6; i++) {
      const batch = rng.int(1, 8), inputs = rng.int(1, 16), hidden = rng.int(1, 16);
      cases.push({ name: `random #${i + 1} (B = ${batch}, I = ${inputs}, H = ${hidden})`, args: randomCase(rng, batch, inputs, hidden, { weight: rng.pick([0.3, 1, 2]) }) });
    }
    cases.push({ name: "large: B = 256, I = 128, H = 128 (the Limits)", args: randomCase(rng, 256, 128, 128) });
    return cases;
  },
  properties: [{ name: "small cells", arbitrary: smallCase, runs: 30 }],
  validateInput: (args) => {
    if (!args.every(isTensorValue) || args.length !== 6) return "all six arguments must be tensors.";
    const [x, h, c, wx, wh, b] = args.map((a) => (a as { $tensor: { shape: number[] } }).$tensor.shape) as number[][];
    if (x!.length !== 2) return "x must have shape [B, I].";
    const [batch, inputs] = x as [number, number];
    if (h!.length !== 2 || h![0] !== batch) return `h must have shape [${batch}, H].`;
    const hidden = h![1]!;
    if (c!.join() !== h!.join()) return `c must have shape [${batch}, ${hidden}].`;
    if (wx!.join() !== [inputs, 4 * hidden].join()) return `wx must have shape [${inputs}, ${4 * hidden}].`;
    if (wh!.join() !== [hidden, 4 * hidden].join()) return `wh must have shape [${hidden}, ${4 * hidden}].`;
    if (b!.join() !== String(4 * hidden)) return `b must have shape [${4 * hidden}].`;
    return null;
  },
});
