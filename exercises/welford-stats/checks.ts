import { closeTo, defineChecks, fail, fc, PASS, type CheckOutcome, type Rng, type TestCase, typeName, formatNumber, type Value } from "../../src/judge/kit";

/**
 * Allowed errors, scaled by X_t = max |x_i| over the prefix: a double holds x_t only to
 * about 1e-16 X_t, so even a perfect one-pass method carries a mean error near 1e-16 X_t
 * and a variance error near 1e-16 X_t sigma_t. Welford sits far inside these bounds
 * and so does exact arithmetic (the bounds cover their difference at |x| = 1e12), while
 * the naive sum-of-squares error (about 1e-16 X_t^2) is far outside them.
 */
const MEAN_RTOL = 1e-9;
const VARIANCE_ATOL = 1e-9;
const VARIANCE_RTOL = 1e-4;
const VARIANCE_SPREAD_TOL = 1e-13;

/** X_t = max |x_i| for i <= t, for every prefix. */
function prefixMaxAbs(xs: number[]): number[] {
  let m = 0;
  return xs.map((x) => (m = Math.max(m, Math.abs(x))));
}

/** Full precision: values near 1e9 need all their digits to show a difference. */
const show = (x: number) => (Number.isFinite(x) && Math.abs(x) >= 1e6 && !Number.isInteger(x) ? x.toPrecision(17).replace(/0+$/, "") : formatNumber(x));

/** Compares one field with its own tolerance and names the field and prefix in the message. */
function field(name: string, allowed: (i: number) => number, got: Value, expected: Value): CheckOutcome {
  const e = expected as number[];
  // Shapes and types first (the kit's message names them); values are judged below.
  const r = closeTo({ atol: Infinity, rtol: 0 })(got, expected);
  if (!r.pass) return fail(`${name}: ${r.message}`, r.mismatch);
  const g = got as unknown[];
  for (let i = 0; i < e.length; i++) {
    const x = g[i];
    if (typeof x !== "number") return fail(`${name}[${i}]: expected a number, got ${typeName(x)}.`, { path: `${name}[${i}]` });
    const tol = allowed(i);
    if (!(Math.abs(x - e[i]!) <= tol)) {
      return fail(
        `${name}[${i}] (after ${i + 1} value${i ? "s" : ""}): expected ${show(e[i]!)}, got ${show(x)}; ` +
          `allowed error ${formatNumber(tol)}.`,
        { path: `${name}[${i}]`, expected: show(e[i]!), got: show(x) },
      );
    }
  }
  return PASS;
}

function check(got: Value, expected: Value, args: Value[]): CheckOutcome {
  if (typeof got !== "object" || got === null || Array.isArray(got)) {
    return fail(`Expected an object { mean, variance }, got ${typeName(got)}.`);
  }
  const g = got as Record<string, Value>, e = expected as Record<string, Value>;
  const scale = prefixMaxAbs(args[0] as number[]);
  const m = field("mean", (i) => MEAN_RTOL * (1 + scale[i]!), g.mean, e.mean);
  if (!m.pass) return m;
  const ev = e.variance as number[];
  const v = field(
    "variance",
    (i) => VARIANCE_ATOL + VARIANCE_RTOL * Math.abs(ev[i]!) + VARIANCE_SPREAD_TOL * scale[i]! * Math.sqrt(Math.max(ev[i]!, 0)),
    g.variance,
    e.variance,
  );
  return v.pass ? PASS : v;
}

/** offset + spread * noise: the naive formula loses everything when offset >> spread. */
function offsetNoise(rng: Rng, n: number, offset: number, spread: number): number[] {
  return rng.array(n, () => offset + spread * rng.normal());
}

const xsArb = fc.tuple(
  fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), { maxLength: 30 }),
);

export default defineChecks({
  params: [{ name: "xs" }],
  check,
  examples: [
    { name: "small integers", args: [[2, 4, 4, 4, 5, 5, 7, 9]] },
    { name: "a large offset", args: [[1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "empty stream", args: [[]] },
      { name: "one value", args: [[3.5]] },
      { name: "constant stream at 1e9 + 0.1 (variance exactly 0)", args: [Array.from({ length: 1000 }, () => 1e9 + 0.1)] },
      { name: "negative values", args: [[-5, -1, -3, -8, -2]] },
      { name: "a jump from 0 to 1e9", args: [[0, 0, 0, 1e9, 1e9 + 1, 1e9 - 1]] },
      { name: "values around -1e9", args: [offsetNoise(rng, 50, -1e9, 1)] },
    ];
    for (let i = 0; i < 4; i++) {
      const n = rng.int(10, 500);
      cases.push({ name: `random values #${i + 1} (n = ${n})`, args: [offsetNoise(rng, n, rng.float(-10, 10), rng.float(0.1, 10))] });
    }
    cases.push({ name: "1e9 + N(0, 1), 5,000 values", args: [offsetNoise(rng, 5_000, 1e9, 1)] });
    cases.push({ name: "1e6 + N(0, 0.01), 5,000 values", args: [offsetNoise(rng, 5_000, 1e6, 0.01)] });
    cases.push({ name: "1e11 + N(0, 100), 2,000 values", args: [offsetNoise(rng, 2_000, 1e11, 100)] });
    // The limit |x| <= 1e12, where one ulp of x is about 1e-4: the tolerance must admit both
    // Welford and exact arithmetic here, and still reject the naive formula.
    cases.push({ name: "1e12 + N(0, 1), 3,000 values (the |x| limit)", args: [offsetNoise(rng, 3_000, 1e12, 1)] });
    cases.push({ name: "-1e12 + N(0, 0.01), 3,000 values (the |x| limit)", args: [offsetNoise(rng, 3_000, -1e12, 0.01)] });
    cases.push({
      name: "values near +1e12 and -1e12 mixed, 3,000 values",
      args: [rng.array(3_000, () => (rng.float(0, 1) < 0.5 ? -1e12 : 1e12) + rng.normal())],
    });
    cases.push({ name: "200,000 values of 1e9 + N(0, 1) (one pass)", args: [offsetNoise(rng, 200_000, 1e9, 1)] });
    return cases;
  },
  properties: [{ name: "random small streams", arbitrary: xsArb, runs: 100 }],
  validateInput: ([xs]) =>
    Array.isArray(xs) && xs.every((x) => typeof x === "number" && Number.isFinite(x)) ? null : "xs must be an array of finite numbers.",
});
