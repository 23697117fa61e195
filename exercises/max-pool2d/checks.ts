import { closeTo, defineChecks, fc, isTensorValue, tensorFromFlat, type Rng, type TestCase, type Value } from "../../src/judge/kit";

type Pair = number | [number, number];

function images(rng: Rng, shape: [number, number, number, number], lo = -1, hi = 1) {
  return tensorFromFlat(rng.array(shape.reduce((a, b) => a * b, 1), () => rng.float(lo, hi)), shape);
}

/** A [1, h, w, 1] image with the values 1, 2, ..., h*w in reading order (offset by `shift`). */
function ramp(h: number, w: number, shift = 0) {
  return tensorFromFlat(Array.from({ length: h * w }, (_, i) => i + 1 + shift), [1, h, w, 1]);
}

const pair = (v: Pair): [number, number] => (typeof v === "number" ? [v, v] : v);

const smallCase = fc
  .record({
    n: fc.integer({ min: 1, max: 2 }), h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }), c: fc.integer({ min: 1, max: 2 }),
    kh: fc.integer({ min: 1, max: 4 }), kw: fc.integer({ min: 1, max: 4 }), sh: fc.integer({ min: 1, max: 3 }), sw: fc.integer({ min: 1, max: 3 }),
    padding: fc.constantFrom<"valid" | "same">("valid", "same"),
  })
  .filter((p) => p.padding === "same" || (p.h >= p.kh && p.w >= p.kw))
  .chain((p) =>
    fc.array(fc.integer({ min: -20, max: 20 }), { minLength: p.n * p.h * p.w * p.c, maxLength: p.n * p.h * p.w * p.c }).map((v): Value[] => [
      tensorFromFlat(v.map((x) => x / 4), [p.n, p.h, p.w, p.c]),
      p.kh === p.kw ? p.kh : [p.kh, p.kw],
      p.sh === p.sw ? p.sh : [p.sh, p.sw],
      p.padding,
    ]),
  );

export default defineChecks({
  params: [{ name: "x", tensor: true }, { name: "poolSize" }, { name: "strides" }, { name: "padding" }],
  check: closeTo({ atol: 1e-6, rtol: 1e-6 }),
  examples: [
    { name: "4x4 ramp, 2x2 windows, stride 2, valid", args: [ramp(4, 4), 2, 2, "valid"] },
    { name: "5x5 ramp minus 30, 3x3 windows, stride 2, same", args: [ramp(5, 5, -30), 3, 2, "same"] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "1x1 windows, stride 1: identity", args: [images(rng, [2, 3, 4, 2]), 1, 1, "valid"] },
      { name: "a 1x1 image with same padding", args: [tensorFromFlat([-7, 3], [1, 1, 1, 2]), 3, 2, "same"] },
      { name: "window as large as the image (global max), valid", args: [images(rng, [3, 5, 6, 4]), [5, 6], 1, "valid"] },
      { name: "same padding on negative values: padding must never win", args: [images(rng, [2, 5, 7, 3], -9, -1), 3, 2, "same"] },
      { name: "same padding with an odd total: the extra row and column go last", args: [ramp(6, 6), 3, 2, "same"] },
      { name: "same padding, stride 1, even window (2x2)", args: [images(rng, [1, 5, 5, 2], -5, -1), 2, 1, "same"] },
      { name: "stride larger than the window (gaps)", args: [images(rng, [2, 9, 9, 2]), 2, 3, "valid"] },
      { name: "rectangular windows and strides", args: [images(rng, [2, 7, 9, 3]), [2, 3], [1, 2], "valid"] },
      { name: "rectangular, same padding", args: [images(rng, [1, 7, 8, 2], -4, -1), [3, 2], [2, 3], "same"] },
      { name: "same padding where the strides overshoot: the total padding clamps at 0", args: [images(rng, [1, 7, 8, 2]), [2, 1], [4, 3], "same"] },
      { name: "valid drops the rows and columns no window reaches", args: [ramp(7, 7), 2, 2, "valid"] },
      { name: "channels are pooled separately", args: [images(rng, [1, 4, 4, 5]), 2, 2, "valid"] },
    ];
    for (let i = 0; i < 6; i++) {
      const shape: [number, number, number, number] = [rng.int(1, 3), rng.int(4, 16), rng.int(4, 16), rng.int(1, 6)];
      const k: Pair = rng.bool(0.7) ? rng.int(1, 4) : [rng.int(1, 4), rng.int(1, 4)];
      const s: Pair = rng.bool(0.7) ? rng.int(1, 3) : [rng.int(1, 3), rng.int(1, 3)];
      const padding = rng.pick(["valid", "same"] as const);
      cases.push({ name: `random #${i + 1} (x [${shape.join(", ")}], pool ${JSON.stringify(k)}, stride ${JSON.stringify(s)}, ${padding})`, args: [images(rng, shape, -3, 3), k, s, padding] });
    }
    cases.push({ name: "large: x [4, 48, 48, 16], 3x3 windows, stride 2, same", args: [images(rng, [4, 48, 48, 16]), 3, 2, "same"] });
    return cases;
  },
  properties: [{ name: "small images, any window, stride and padding", arbitrary: smallCase, runs: 40 }],
  validateInput: (args) => {
    const [x, poolSize, strides, padding] = args;
    if (!isTensorValue(x) || x.$tensor.shape.length !== 4) return "x must be a tensor of shape [N, H, W, C].";
    const ok = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 1) || (Array.isArray(v) && v.length === 2 && v.every((t) => Number.isInteger(t) && t >= 1));
    if (!ok(poolSize)) return "poolSize must be a positive integer or a pair of them.";
    if (!ok(strides)) return "strides must be a positive integer or a pair of them.";
    if (padding !== "valid" && padding !== "same") return 'padding must be "valid" or "same".';
    const [, h, w] = x.$tensor.shape as [number, number, number, number];
    const [kh, kw] = pair(poolSize as Pair);
    if (padding === "valid" && (h < kh || w < kw)) return "with valid padding the window must fit in the image.";
    return null;
  },
});
