import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

type Options = { stride?: number; padding?: "valid" | "same" };

/** A rows x cols grid of integers from `f` (row, column). */
function grid(rows: number, cols: number, f: (i: number, j: number) => number): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));
}

/** An image whose entries tell their position: 10 * row + column + 1 (so a shifted window shows). */
const ramp = (rows: number, cols: number) => grid(rows, cols, (i, j) => 10 * i + j + 1);

/** An uneven kernel: no symmetry, so a flipped or transposed kernel gives different sums. */
const uneven = (rows: number, cols: number) => grid(rows, cols, (i, j) => ((i * cols + j) * 7) % 11 - 4);

function describeOptions(o: Options | undefined): string {
  if (o === undefined) return "no options";
  const parts = [o.stride === undefined ? null : `stride ${o.stride}`, o.padding === undefined ? null : o.padding].filter(Boolean);
  return parts.length ? parts.join(", ") : "options {}";
}

function call(image: number[][], kernel: number[][], options?: Options): Value[] {
  return options === undefined ? [image, kernel] : [image, kernel, options];
}

function randomOptions(rng: Rng): Options | undefined {
  switch (rng.int(0, 4)) {
    case 0: return undefined;
    case 1: return { stride: rng.int(1, 4) };
    case 2: return { padding: rng.pick(["valid", "same"] as const) };
    default: return { stride: rng.int(1, 4), padding: rng.pick(["valid", "same"] as const) };
  }
}

const smallCase = fc
  .record({
    h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }),
    kh: fc.integer({ min: 1, max: 4 }), kw: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ h, w, kh, kw }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: w, maxLength: w }), { minLength: h, maxLength: h }),
      fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: kw, maxLength: kw }), { minLength: kh, maxLength: kh }),
      fc.option(
        fc.record({ stride: fc.integer({ min: 1, max: 3 }), padding: fc.constantFrom("valid" as const, "same" as const) }, { requiredKeys: [] }),
        { nil: undefined },
      ),
    ).map(([image, kernel, options]) => call(image, kernel, options)),
  );

export default defineChecks({
  params: [{ name: "image" }, { name: "kernel" }, { name: "options", optional: true }],
  check: closeTo({ atol: 1e-4, rtol: 1e-4 }),
  examples: [
    {
      name: "3x3 kernel, no options (valid, stride 1)",
      args: [[[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]], [[2, 0, 1], [0, 1, 2], [1, 0, 2]]],
    },
    {
      name: "same padding with stride 2",
      args: [ramp(5, 5), [[1, 0, -1], [1, 0, -1], [1, 0, -1]], { stride: 2, padding: "same" }],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "an asymmetric kernel: cross-correlation, not flipped", args: call(ramp(4, 5), [[1, 2], [3, 4]]) },
      { name: "a rectangular kernel (2x3) on a rectangular image", args: call(ramp(5, 7), uneven(2, 3)) },
      { name: "a tall kernel (3x1)", args: call(ramp(4, 6), uneven(3, 1), { padding: "same" }) },
      { name: "options {} uses the defaults", args: call(ramp(4, 4), uneven(2, 2), {}) },
      { name: "only a stride: padding defaults to valid", args: call(ramp(7, 8), uneven(3, 3), { stride: 2 }) },
      { name: "only same padding: stride defaults to 1", args: call(ramp(5, 6), uneven(3, 3), { padding: "same" }) },
      { name: "explicit valid, stride 1", args: call(ramp(6, 5), uneven(3, 2), { stride: 1, padding: "valid" }) },
      { name: "same with an even kernel: the extra row and column go at the bottom and right", args: call(ramp(4, 5), uneven(2, 2), { padding: "same" }) },
      { name: "same with a 4x4 kernel", args: call(ramp(5, 7), uneven(4, 4), { padding: "same" }) },
      { name: "same, stride 2, even size: all padding at the bottom", args: call(ramp(6, 8), uneven(3, 3), { stride: 2, padding: "same" }) },
      { name: "same, stride 2, odd size", args: call(ramp(7, 5), uneven(3, 3), { stride: 2, padding: "same" }) },
      { name: "same, stride 3, 4x2 kernel", args: call(ramp(8, 10), uneven(4, 2), { stride: 3, padding: "same" }) },
      { name: "same with a stride larger than the kernel: little or no padding", args: call(ramp(10, 11), uneven(2, 2), { stride: 5, padding: "same" }) },
      { name: "same with a stride larger than the image", args: call(ramp(3, 2), uneven(4, 3), { stride: 5, padding: "same" }) },
      { name: "valid, stride 2: the last window fits exactly", args: call(ramp(7, 9), uneven(3, 3), { stride: 2, padding: "valid" }) },
      { name: "valid, stride 3: the image does not divide evenly", args: call(ramp(10, 8), uneven(3, 2), { stride: 3, padding: "valid" }) },
      { name: "valid, kernel as large as the image: one value", args: call(ramp(3, 4), uneven(3, 4)) },
      { name: "valid, kernel larger than the image: []", args: call(ramp(2, 2), uneven(3, 3)) },
      { name: "valid, kernel taller than the image: []", args: call(ramp(2, 5), uneven(3, 1)) },
      { name: "valid, kernel wider than the image: []", args: call(ramp(5, 2), uneven(3, 3), { stride: 2 }) },
      { name: "same, kernel larger than the image", args: call(ramp(2, 3), uneven(5, 4), { padding: "same" }) },
      { name: "1x1 image, 1x1 kernel", args: call([[3]], [[-2]]) },
      { name: "1x1 image, 3x3 kernel, same", args: call([[5]], uneven(3, 3), { padding: "same" }) },
      { name: "1x1 image, 2x2 kernel, same", args: call([[5]], [[2, 3], [4, 5]], { padding: "same" }) },
      { name: "1x1 image, 2x2 kernel, valid: []", args: call([[5]], [[2, 3], [4, 5]], { padding: "valid" }) },
      { name: "a single-row image, stride 2, same", args: call([[1, -2, 3, 4, -5, 6, 7]], [[1, 2, -1]], { stride: 2, padding: "same" }) },
      { name: "a single-column image, stride 2, valid", args: call([[1], [-2], [3], [4], [-5], [6]], [[1], [2], [-1]], { stride: 2 }) },
      { name: "zeros and negative values", args: call(grid(5, 5, (i, j) => ((i + j) % 3) - 1), uneven(3, 3), { padding: "same" }) },
      {
        name: "large integer magnitudes",
        args: call(grid(9, 9, () => rng.int(-1000, 1000)), grid(5, 5, () => rng.int(-100, 100)), { stride: 2, padding: "same" }),
      },
    ];
    for (let i = 0; i < 10; i++) {
      const H = rng.int(1, 20), W = rng.int(1, 20), kH = rng.int(1, 6), kW = rng.int(1, 6);
      const options = randomOptions(rng);
      cases.push({
        name: `random #${i + 1} (${H}x${W} image, ${kH}x${kW} kernel, ${describeOptions(options)})`,
        args: call(rng.matrix(H, W), rng.matrix(kH, kW), options),
      });
    }
    cases.push({ name: "large: 400x400 image, 5x5 kernel, same", args: call(rng.matrix(400, 400), rng.matrix(5, 5), { padding: "same" }) });
    cases.push({ name: "large: 300x500 image, 6x4 kernel, stride 3, same", args: call(rng.matrix(300, 500), rng.matrix(6, 4), { stride: 3, padding: "same" }) });
    cases.push({ name: "large: 500x500 image, 7x7 kernel, stride 1, same (the Limits)", args: call(rng.matrix(500, 500), rng.matrix(7, 7), { padding: "same" }) });
    return cases;
  },
  properties: [{ name: "small integer images and kernels", arbitrary: smallCase, runs: 150 }],
  validateInput: (args) => {
    const [image, kernel, options] = args as [unknown, unknown, unknown];
    for (const [name, m] of [["image", image], ["kernel", kernel]] as const) {
      if (!Array.isArray(m) || m.length === 0 || !Array.isArray(m[0]) || m[0].length === 0) return `${name} must be a non-empty 2-D array.`;
      const w = m[0].length;
      if (m.some((row) => !Array.isArray(row) || row.length !== w || row.some((x: unknown) => typeof x !== "number" || !Number.isFinite(x)))) {
        return `${name} must be rectangular, with finite numbers in every row.`;
      }
    }
    if (options !== undefined) {
      if (typeof options !== "object" || options === null) return "options must be an object { stride?, padding? }.";
      const { stride, padding } = options as Options;
      if (stride !== undefined && !(Number.isInteger(stride) && stride >= 1)) return "stride must be a positive integer.";
      if (padding !== undefined && padding !== "valid" && padding !== "same") return 'padding must be "valid" or "same".';
    }
    return null;
  },
});
