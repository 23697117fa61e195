import { closeTo, defineChecks, fc, isTensorValue, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";
import type * as Tf from "@tensorflow/tfjs";

function normal(rng: Rng, shape: number[], std = 1, mean = 0) {
  return tensorFromFlat(rng.array(shape.reduce((a, b) => a * b, 1), () => rng.normal(mean, std)), shape);
}
const zeros = (shape: number[]) => tensorFromFlat(new Array(shape.reduce((a, b) => a * b, 1)).fill(0), shape);

interface CaseOptions {
  /** Mean of b1: very negative kills every ReLU, very positive keeps every one on. */
  b1Mean?: number;
  yStd?: number;
}

/** x [n, d], y [n, k], w1 [d, h], b1 [h], w2 [h, k], b2 [k], weights scaled like a real layer's. */
function randomCase(rng: Rng, n: number, d: number, h: number, k: number, o: CaseOptions = {}): Value[] {
  return [
    normal(rng, [n, d]),
    normal(rng, [n, k], o.yStd ?? 1),
    normal(rng, [d, h], 1 / Math.sqrt(d)),
    normal(rng, [h], 0.5, o.b1Mean ?? 0),
    normal(rng, [h, k], 1 / Math.sqrt(h)),
    normal(rng, [k], 0.5),
  ];
}

const grid = (len: number) => fc.array(fc.integer({ min: -8, max: 8 }), { minLength: len, maxLength: len }).map((a) => a.map((v) => v / 4));

// Values on a grid of quarters: pre-activations of exactly 0 happen, and must get ReLU'(0) = 0.
const smallCase = fc
  .record({ n: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 4 }), k: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, d, h, k }) =>
    fc.tuple(grid(n * d), grid(n * k), grid(d * h), grid(h), grid(h * k), grid(k)).map(([x, y, w1, b1, w2, b2]): Value[] => [
      tensorFromFlat(x, [n, d]), tensorFromFlat(y, [n, k]), tensorFromFlat(w1, [d, h]), tensorFromFlat(b1, [h]), tensorFromFlat(w2, [h, k]), tensorFromFlat(b2, [k]),
    ]),
  );

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "y", tensor: true },
    { name: "w1", tensor: true },
    { name: "b1", tensor: true },
    { name: "w2", tensor: true },
    { name: "b2", tensor: true },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  /** The loss and its gradients straight from tfjs's automatic differentiation. */
  expected: (tfLike, x, y, w1, b1, w2, b2) => {
    const tf = tfLike as unknown as typeof Tf;
    const loss = (W1: Tf.Tensor, B1: Tf.Tensor, W2: Tf.Tensor, B2: Tf.Tensor) => {
      const hidden = tf.relu(tf.add(tf.matMul(x as Tf.Tensor2D, W1 as Tf.Tensor2D), B1)) as Tf.Tensor2D;
      return tf.mean(tf.square(tf.sub(tf.add(tf.matMul(hidden, W2 as Tf.Tensor2D), B2), y as Tf.Tensor))) as Tf.Scalar;
    };
    const { value, grads } = tf.valueAndGrads(loss)([w1, b1, w2, b2] as Tf.Tensor[]);
    return { loss: value, dW1: grads[0], db1: grads[1], dW2: grads[2], db2: grads[3] };
  },
  examples: [
    {
      name: "2 examples, 2 inputs, 3 hidden units, 1 output",
      args: [
        tensorFromFlat([1, 2, -1, 0.5], [2, 2]),
        tensorFromFlat([1, -1], [2, 1]),
        tensorFromFlat([0.5, -1, 0.25, 1, 0.5, -0.5], [2, 3]),
        tensorFromFlat([0, 0.5, -0.25], [3]),
        tensorFromFlat([1, -2, 0.5], [3, 1]),
        tensorFromFlat([0.1], [1]),
      ],
    },
    {
      name: "3 examples, 2 outputs, one hidden unit switched off",
      args: [
        tensorFromFlat([1, 0, 0, 1, 1, 1], [3, 2]),
        tensorFromFlat([0, 1, 1, 0, 2, 2], [3, 2]),
        tensorFromFlat([1, -1, 1, -1], [2, 2]),
        tensorFromFlat([0.5, -5], [2]),
        tensorFromFlat([1, 0.5, -1, 2], [2, 2]),
        tensorFromFlat([0, 0], [2]),
      ],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "a single example", args: randomCase(rng, 1, 4, 5, 3) },
      { name: "everything of size 1", args: randomCase(rng, 1, 1, 1, 1) },
      {
        name: "every pre-activation exactly 0: ReLU'(0) = 0",
        args: [normal(rng, [4, 3]), normal(rng, [4, 2]), zeros([3, 5]), zeros([5]), normal(rng, [5, 2]), normal(rng, [2])],
      },
      { name: "every ReLU dead: no gradient reaches the first layer", args: randomCase(rng, 6, 4, 5, 2, { b1Mean: -50 }) },
      { name: "every ReLU on: a linear network", args: randomCase(rng, 6, 4, 5, 2, { b1Mean: 50 }) },
      { name: "one output (K = 1)", args: randomCase(rng, 8, 5, 6, 1) },
      { name: "large targets (std 100)", args: randomCase(rng, 8, 3, 4, 3, { yStd: 100 }) },
      { name: "wide hidden layer, few inputs", args: randomCase(rng, 5, 2, 40, 2) },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(1, 32), d = rng.int(1, 12), h = rng.int(1, 24), k = rng.int(1, 6);
      cases.push({ name: `random #${i + 1} (N = ${n}, D = ${d}, H = ${h}, K = ${k})`, args: randomCase(rng, n, d, h, k, { b1Mean: rng.float(-0.5, 0.5) }) });
    }
    cases.push({ name: "large: N = 256, D = 64, H = 128, K = 16", args: randomCase(rng, 256, 64, 128, 16) });
    return cases;
  },
  properties: [{ name: "small networks on a grid of quarters", arbitrary: smallCase, runs: 30 }],
  validateInput: (args) => {
    if (args.length !== 6 || !args.every(isTensorValue)) return "all six arguments must be tensors.";
    const [x, y, w1, b1, w2, b2] = args.map((a) => (a as { $tensor: { shape: number[] } }).$tensor.shape) as number[][];
    if (x!.length !== 2) return "x must have shape [N, D].";
    const [n, d] = x as [number, number];
    if (w1!.length !== 2 || w1![0] !== d) return `w1 must have shape [${d}, H].`;
    const h = w1![1]!;
    if (b1!.join() !== String(h)) return `b1 must have shape [${h}].`;
    if (w2!.length !== 2 || w2![0] !== h) return `w2 must have shape [${h}, K].`;
    const k = w2![1]!;
    if (b2!.join() !== String(k)) return `b2 must have shape [${k}].`;
    if (y!.join() !== `${n},${k}`) return `y must have shape [${n}, ${k}].`;
    return null;
  },
});
