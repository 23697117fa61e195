import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";
import type * as Tf from "@tensorflow/tfjs";

type Pair = number | [number, number];
type Shape4 = [number, number, number, number];

const pair = (v: Pair): [number, number] => (typeof v === "number" ? [v, v] : v);

function uniform(rng: Rng, shape: number[], scale = 1) {
  return tensorFromFlat(rng.array(shape.reduce((a, b) => a * b, 1), () => rng.float(-scale, scale)), shape);
}

/** x of `xShape`, a filter [kh, kw, cin, cout] scaled like a real layer's, optional bias. */
function randomCase(rng: Rng, xShape: Shape4, kernel: [number, number], cout: number, strides: Pair, padding: "valid" | "same", withBias = false): Value[] {
  const cin = xShape[3];
  const args: Value[] = [uniform(rng, xShape), uniform(rng, [kernel[0], kernel[1], cin, cout], 1 / Math.sqrt(kernel[0] * kernel[1] * cin)), strides, padding];
  if (withBias) args.push(uniform(rng, [cout]));
  return args;
}

const smallCase = fc
  .record({
    n: fc.integer({ min: 1, max: 2 }), h: fc.integer({ min: 1, max: 6 }), w: fc.integer({ min: 1, max: 6 }),
    cin: fc.integer({ min: 1, max: 3 }), cout: fc.integer({ min: 1, max: 3 }),
    kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }), sh: fc.integer({ min: 1, max: 3 }), sw: fc.integer({ min: 1, max: 3 }),
    padding: fc.constantFrom<"valid" | "same">("valid", "same"), withBias: fc.boolean(),
  })
  .filter((p) => p.padding === "same" || (p.h >= p.kh && p.w >= p.kw))
  .chain((p) => {
    const grid = (len: number) => fc.array(fc.integer({ min: -8, max: 8 }), { minLength: len, maxLength: len }).map((a) => a.map((v) => v / 4));
    return fc.tuple(grid(p.n * p.h * p.w * p.cin), grid(p.kh * p.kw * p.cin * p.cout), grid(p.cout)).map(([x, f, b]): Value[] => {
      const args: Value[] = [
        tensorFromFlat(x, [p.n, p.h, p.w, p.cin]), tensorFromFlat(f, [p.kh, p.kw, p.cin, p.cout]),
        p.sh === p.sw ? p.sh : [p.sh, p.sw], p.padding,
      ];
      if (p.withBias) args.push(tensorFromFlat(b, [p.cout]));
      return args;
    });
  });

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "filter", tensor: true },
    { name: "strides" },
    { name: "padding" },
    { name: "bias", tensor: true, optional: true },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  /**
   * tfjs's own conv2d, on input padded explicitly with zeros and "valid" padding: tfjs's
   * "same" with strides above 1 gives wrong values on the WASM backend (tfjs issues 8405, 5907).
   */
  expected: (tfLike, x, filter, strides, padding, bias) => {
    const tf = tfLike as unknown as typeof Tf;
    const xt = x as Tf.Tensor4D, ft = filter as Tf.Tensor4D;
    const [sh, sw] = pair(strides as Pair);
    const [, h, w] = xt.shape;
    const [kh, kw] = ft.shape;
    const pads = ([size, k, s]: [number, number, number]): [number, number] => {
      if (padding === "valid") return [0, 0];
      const total = Math.max((Math.ceil(size / s) - 1) * s + k - size, 0);
      return [Math.floor(total / 2), total - Math.floor(total / 2)];
    };
    const padded = tf.pad(xt, [[0, 0], pads([h, kh, sh]), pads([w, kw, sw]), [0, 0]]);
    const out = tf.conv2d(padded, ft, [sh, sw], "valid");
    return bias ? tf.add(out, bias as Tf.Tensor1D) : out;
  },
  examples: [
    {
      name: "one 3x3 channel, a 2x2 kernel, valid",
      args: [tensorFromFlat([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]), tensorFromFlat([1, 0, 0, -1], [2, 2, 1, 1]), 1, "valid"],
    },
    {
      name: "two channels in, one out, same padding, stride 2, with bias",
      args: [
        tensorFromFlat([1, 1, 2, 0, 3, -1, 4, 2, 5, 0, 6, 1, 7, -2, 8, 0, 9, 1], [1, 3, 3, 2]),
        tensorFromFlat([1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [3, 3, 2, 1]),
        2,
        "same",
        tensor([0.5]),
      ],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "1x1 kernel: channel mixing only (3 -> 5 channels)", args: randomCase(rng, [2, 4, 5, 3], [1, 1], 5, 1, "valid") },
      { name: "an asymmetric kernel on one channel: no flipping", args: [uniform(rng, [1, 5, 5, 1]), tensorFromFlat([1, 2, 3, -1, 0, 0.5, 4, -2, 0.25], [3, 3, 1, 1]), 1, "valid"] },
      { name: "kernel as large as the image: one output per image", args: randomCase(rng, [3, 4, 6, 2], [4, 6], 3, 1, "valid") },
      { name: "same padding, stride 2, odd sizes", args: randomCase(rng, [2, 7, 9, 3], [3, 3], 4, 2, "same") },
      { name: "same padding, stride 1, even kernel: the extra row and column go last", args: randomCase(rng, [1, 5, 6, 2], [2, 2], 2, 1, "same") },
      { name: "same padding, 4x4 kernel, stride 3", args: randomCase(rng, [2, 8, 10, 2], [4, 4], 3, 3, "same", true) },
      { name: "rectangular kernel and strides", args: randomCase(rng, [2, 9, 8, 3], [3, 2], 2, [2, 1], "valid", true) },
      { name: "rectangular, same padding", args: randomCase(rng, [1, 7, 7, 2], [1, 4], 3, [3, 2], "same") },
      { name: "stride larger than the kernel", args: randomCase(rng, [1, 10, 10, 2], [2, 2], 2, 3, "valid") },
      { name: "more input than output channels (6 -> 2), with bias", args: randomCase(rng, [2, 5, 5, 6], [3, 3], 2, 1, "valid", true) },
      { name: "same padding where the strides overshoot: the total padding clamps at 0", args: randomCase(rng, [1, 7, 8, 2], [2, 1], 2, [4, 3], "same") },
      { name: "a 1x1 image with same padding", args: randomCase(rng, [2, 1, 1, 3], [3, 3], 2, 2, "same") },
    ];
    for (let i = 0; i < 6; i++) {
      const k: [number, number] = [rng.int(1, 5), rng.int(1, 5)];
      const xShape: Shape4 = [rng.int(1, 3), rng.int(k[0], 14), rng.int(k[1], 14), rng.int(1, 6)];
      const s: Pair = rng.bool(0.7) ? rng.int(1, 3) : [rng.int(1, 3), rng.int(1, 3)];
      const padding = rng.pick(["valid", "same"] as const);
      const cout = rng.int(1, 6), withBias = rng.bool();
      cases.push({
        name: `random #${i + 1} (x [${xShape.join(", ")}], kernel ${k.join("x")}, ${xShape[3]} -> ${cout} channels, stride ${JSON.stringify(s)}, ${padding}${withBias ? ", bias" : ""})`,
        args: randomCase(rng, xShape, k, cout, s, padding, withBias),
      });
    }
    cases.push({ name: "large: x [2, 32, 32, 16], 3x3 kernel, 16 -> 32 channels, stride 2, same", args: randomCase(rng, [2, 32, 32, 16], [3, 3], 32, 2, "same", true) });
    // The Limits along each dimension: ~32,000 inputs, ~65,000 outputs, a 5x5 kernel, 32 channels in and out.
    cases.push({ name: "large: x [2, 32, 32, 16], 5x5 kernel, 16 -> 32 channels, stride 1, same: 65,536 outputs", args: randomCase(rng, [2, 32, 32, 16], [5, 5], 32, 1, "same", true) });
    cases.push({ name: "large: x [1, 32, 32, 32], 5x5 kernel, 32 -> 32 channels, stride 1, valid", args: randomCase(rng, [1, 32, 32, 32], [5, 5], 32, 1, "valid") });
    return cases;
  },
  properties: [{ name: "small convolutions, any kernel, stride and padding", arbitrary: smallCase, runs: 40 }],
  validateInput: (args) => {
    const [x, filter, strides, padding, bias] = args;
    if (!isTensorValue(x) || x.$tensor.shape.length !== 4) return "x must be a tensor of shape [N, H, W, Cin].";
    if (!isTensorValue(filter) || filter.$tensor.shape.length !== 4) return "filter must be a tensor of shape [kH, kW, Cin, Cout].";
    const [, h, w, cin] = x.$tensor.shape as Shape4;
    const [kh, kw, fcin, cout] = filter.$tensor.shape as Shape4;
    if (fcin !== cin) return `filter must have ${cin} input channels (its third axis), like x.`;
    const ok = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 1) || (Array.isArray(v) && v.length === 2 && v.every((t) => Number.isInteger(t) && t >= 1));
    if (!ok(strides)) return "strides must be a positive integer or a pair of them.";
    if (padding !== "valid" && padding !== "same") return 'padding must be "valid" or "same".';
    if (padding === "valid" && (h < kh || w < kw)) return "with valid padding the kernel must fit in the image.";
    if (bias !== undefined && bias !== null && !(isTensorValue(bias) && bias.$tensor.shape.join() === String(cout))) return `bias must have shape [${cout}].`;
    return null;
  },
});
