import { closeTo, defineChecks, describeValue, fail, fc, formatNumber, PASS, type CheckOutcome, type Rng, type TestCase, type Value } from "../../src/judge/kit";

interface Result { w: number[]; b: number; loss: number }

const paramsClose = closeTo({ atol: 1e-6, rtol: 1e-6 });

/** Mean squared error of (w, b) on the data, summed in example order. */
function mse(X: number[][], y: number[], w: number[], b: number): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let pred = b;
    for (let j = 0; j < w.length; j++) pred += w[j]! * X[i]![j]!;
    loss += (pred - y[i]!) ** 2;
  }
  return loss / X.length;
}

function check(got: Value, expected: Value, args: Value[]): CheckOutcome {
  const [X, y] = args as [number[][], number[]];
  const e = expected as Result;
  const d = e.w.length;
  if (typeof got !== "object" || got === null || Array.isArray(got)) return fail(`Expected an object { w, b, loss }, got ${describeValue(got)}.`);
  const g = got as Partial<Result>;
  if (!Array.isArray(g.w) || g.w.length !== d || g.w.some((x) => typeof x !== "number")) return fail(`w must be an array of ${d} numbers, got ${describeValue(g.w)}.`);
  if (typeof g.b !== "number" || typeof g.loss !== "number") return fail(`b and loss must be numbers, got b = ${describeValue(g.b)}, loss = ${describeValue(g.loss)}.`);
  if (!g.w.every(Number.isFinite) || !Number.isFinite(g.b)) {
    return fail(`Training diverged: the final parameters are not finite (w = ${describeValue(g.w)}, b = ${formatNumber(g.b)}).`);
  }
  const actual = mse(X, y, g.w, g.b);
  if (!(Math.abs(g.loss - actual) <= 1e-9 + 1e-9 * Math.abs(actual))) {
    return fail(`The returned loss ${formatNumber(g.loss)} is not the mean squared error of the returned w and b, which is ${formatNumber(actual)}.`);
  }
  if (!(actual <= e.loss * (1 + 1e-6) + 1e-12)) {
    return fail(`Final loss ${formatNumber(actual)} does not reach the target ${formatNumber(e.loss)} that the fixed loop reaches on this data.`, {
      path: "loss", expected: `<= ${formatNumber(e.loss)}`, got: formatNumber(actual),
    });
  }
  const p = paramsClose({ w: g.w, b: g.b }, { w: e.w, b: e.b });
  if (!p.pass) return fail(`The loss reaches the target, but the parameters are not those of the specified loop. ${p.message}`, p.mismatch);
  return PASS;
}

/** y = X w* + b* + noise, with standard normal features. */
function dataset(rng: Rng, n: number, d: number, noise: number): [number[][], number[]] {
  const wStar = rng.array(d, () => rng.normal(0, 1.5));
  const bStar = rng.normal(0, 2);
  const X = rng.array(n, () => rng.array(d, () => rng.normal()));
  const y = X.map((x) => x.reduce((s, v, j) => s + v * wStar[j]!, bStar) + noise * rng.normal());
  return [X, y];
}

const line = (xs: number[]): [number[][], number[]] => [xs.map((x) => [x]), xs.map((x) => 2 * x + 1)];

const smallArb = fc
  .record({ n: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 0, max: 3 }) })
  .chain(({ n, d }) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: -4, max: 4 }).map((v) => v / 4), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: -8, max: 8 }).map((v) => v / 2), { minLength: n, maxLength: n }),
      fc.record({ lr: fc.constantFrom(0.01, 0.05, 0.1), epochs: fc.integer({ min: 0, max: 6 }), batchSize: fc.integer({ min: 1, max: 5 }) }),
    ),
  );

export default defineChecks({
  params: [{ name: "X" }, { name: "y" }, { name: "options" }],
  check,
  examples: [
    { name: "a line, batches of 2, 2 and 1", args: [...line([-1, -0.5, 0, 0.5, 1]), { lr: 0.1, epochs: 30, batchSize: 2 }] },
    {
      name: "twelve noisy examples, three features",
      args: [
        [[0.5, -1, 2], [1, 0, -0.5], [-1.5, 1, 0], [0, 2, 1], [2, -0.5, -1], [-0.5, -1.5, 0.5], [1.5, 1, -2], [-2, 0.5, 1.5], [0.25, -0.25, 0], [1, 1, 1], [-1, -1, -1], [0.75, 0, -0.75]],
        [3.1, 0.4, -1.2, 4.9, -0.1, -2.3, -0.6, 3.4, 0.2, 4.1, -2.2, 0.9],
        { lr: 0.05, epochs: 40, batchSize: 5 },
      ],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "zero epochs: the initial parameters and their loss", args: [...line([1, 2, 3]), { lr: 0.1, epochs: 0, batchSize: 2 }] },
      { name: "one example, batch size 1", args: [[[2]], [3], { lr: 0.05, epochs: 10, batchSize: 1 }] },
      { name: "no features: only the bias is learnt", args: [[[], [], [], [], []], [1, 2, 3, 4, 6], { lr: 0.1, epochs: 15, batchSize: 2 }] },
      { name: "batch size larger than the data (full batch)", args: [...dataset(rng, 20, 3, 0.1), { lr: 0.1, epochs: 25, batchSize: 64 }] },
      { name: "batch size 1 (plain SGD)", args: [...dataset(rng, 15, 2, 0.1), { lr: 0.02, epochs: 10, batchSize: 1 }] },
      { name: "n divisible by the batch size", args: [...dataset(rng, 24, 3, 0.2), { lr: 0.05, epochs: 20, batchSize: 8 }] },
      { name: "a short last batch (10 examples, batches of 4)", args: [...dataset(rng, 10, 2, 0.1), { lr: 0.05, epochs: 30, batchSize: 4 }] },
      { name: "a batch of one at the end of every epoch", args: [...dataset(rng, 17, 4, 0.1), { lr: 0.05, epochs: 25, batchSize: 8 }] },
    ];
    for (let i = 0; i < 4; i++) {
      const n = rng.int(20, 300), d = rng.int(1, 8), batchSize = rng.int(3, 40);
      cases.push({
        name: `random data set #${i + 1} (n = ${n}, d = ${d}, batches of ${batchSize})`,
        args: [...dataset(rng, n, d, rng.float(0.05, 0.5)), { lr: rng.pick([0.01, 0.03, 0.05]), epochs: rng.int(5, 40), batchSize }],
      });
    }
    cases.push({ name: "20,000 examples, 16 features, 20 epochs", args: [...dataset(rng, 20_000, 16, 0.3), { lr: 0.02, epochs: 20, batchSize: 100 }] });
    return cases;
  },
  properties: [{ name: "random small data sets", arbitrary: smallArb, runs: 100 }],
  validateInput: ([X, y, options]) => {
    if (!Array.isArray(X) || X.length === 0 || X.some((r) => !Array.isArray(r) || r.length !== (X[0] as unknown[]).length)) return "X must be a non-empty n x d array.";
    if (!Array.isArray(y) || y.length !== X.length) return "y must hold one target per row of X.";
    const o = options as { lr?: unknown; epochs?: unknown; batchSize?: unknown } | undefined;
    if (!o || typeof o.lr !== "number" || !Number.isInteger(o.epochs) || !Number.isInteger(o.batchSize) || (o.batchSize as number) < 1 || (o.epochs as number) < 0) {
      return "options must be { lr, epochs >= 0, batchSize >= 1 }.";
    }
    return null;
  },
});
