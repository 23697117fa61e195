import { closeTo, defineChecks, fc, randomOrthogonal, type Rng, type TestCase } from "../../src/judge/kit";

/** A random symmetric positive-definite matrix with eigenvalues in [lo, hi]: Q diag(λ) Qᵀ. */
function spd(rng: Rng, d: number, lo: number, hi: number): number[][] {
  const q = randomOrthogonal(rng, d);
  const lambda = rng.array(d, () => rng.float(lo, hi));
  return Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => q.reduce((s, u, k) => s + u[i]! * lambda[k]! * u[j]!, 0)));
}

/** A random symmetric matrix with mixed-sign entries (an indefinite quadratic). */
function symmetric(rng: Rng, d: number): number[][] {
  const a = rng.matrix(d, d, -1, 1);
  return a.map((row, i) => row.map((_, j) => (a[i]![j]! + a[j]![i]!) / 2));
}

const vec = (rng: Rng, d: number, scale = 1) => rng.array(d, () => rng.normal(0, scale));

const smallArb = fc.integer({ min: 1, max: 3 }).chain((d) =>
  fc.tuple(
    fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: d, maxLength: d }), { minLength: d, maxLength: d })
      .map((a) => a.map((row, i) => row.map((_, j) => (i === j ? Math.abs(a[i]![j]!) + 1 : (a[i]![j]! + a[j]![i]!) / 8)))),
    fc.array(fc.integer({ min: -5, max: 5 }), { minLength: d, maxLength: d }),
    fc.array(fc.integer({ min: -5, max: 5 }), { minLength: d, maxLength: d }),
    fc.record({
      lr: fc.constantFrom(0.01, 0.05, 0.1),
      momentum: fc.constantFrom(0, 0.5, 0.9),
      steps: fc.integer({ min: 0, max: 6 }),
      nesterov: fc.boolean(),
    }),
  ),
);

export default defineChecks({
  params: [{ name: "A" }, { name: "b" }, { name: "theta0" }, { name: "options" }],
  check: closeTo({ atol: 1e-8, rtol: 1e-8 }),
  examples: [
    { name: "one dimension, three steps", args: [[[2]], [0], [1], { lr: 0.1, momentum: 0.9, steps: 3 }] },
    { name: "an ill-conditioned bowl, Nesterov", args: [[[1, 0], [0, 25]], [1, 1], [0, 0], { lr: 0.03, momentum: 0.8, steps: 8, nesterov: true }] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "zero steps", args: [[[3]], [1], [5], { lr: 0.1, momentum: 0.9, steps: 0 }] },
      { name: "momentum 0 is plain gradient descent", args: [[[2, 0.5], [0.5, 1]], [1, -1], [3, 3], { lr: 0.1, momentum: 0, steps: 10 }] },
      { name: "starting at the minimum stays there", args: [[[2, 0], [0, 4]], [2, 4], [1, 1], { lr: 0.1, momentum: 0.9, steps: 5, nesterov: true }] },
      { name: "the same problem without and with Nesterov (plain)", args: [[[1, 0], [0, 25]], [1, 1], [2, -1], { lr: 0.05, momentum: 0.9, steps: 30 }] },
      { name: "the same problem without and with Nesterov (Nesterov)", args: [[[1, 0], [0, 25]], [1, 1], [2, -1], { lr: 0.05, momentum: 0.9, steps: 30, nesterov: true }] },
      { name: "nesterov: false given explicitly", args: [[[4]], [2], [-3], { lr: 0.2, momentum: 0.5, steps: 6, nesterov: false }] },
      // Heavy ball is stable for 0 < lr λ < 2 (1 + μ) = 3.8: lr λ = 4.5 along the first axis
      // grows about 2.19 times a step, past 1e8 after 25 steps.
      { name: "a learning rate that diverges", args: [[[3, 0], [0, 1]], [0, 0], [1, 1], { lr: 1.5, momentum: 0.9, steps: 25 }] },
      // Nesterov is stable only for lr λ < 2 (1 + μ) / (1 + 2 μ) ≈ 1.36: lr λ = 1.8 diverges with
      // Nesterov where plain momentum would converge.
      { name: "a learning rate that diverges only with Nesterov", args: [[[3, 0], [0, 1]], [0, 0], [1, 1], { lr: 0.6, momentum: 0.9, steps: 40, nesterov: true }] },
      { name: "an indefinite quadratic (a saddle)", args: [[[1, 0], [0, -0.5]], [0, 0], [1, 1e-3], { lr: 0.1, momentum: 0.5, steps: 20 }] },
    ];
    for (let i = 0; i < 4; i++) {
      const d = rng.int(2, 8);
      const nesterov = i % 2 === 1;
      cases.push({
        name: `random convex quadratic #${i + 1} (d = ${d}${nesterov ? ", Nesterov" : ""})`,
        args: [spd(rng, d, 0.5, 10), vec(rng, d), vec(rng, d, 3), { lr: rng.float(0.01, 0.1), momentum: rng.float(0.5, 0.95), steps: rng.int(5, 40), nesterov }],
      });
    }
    cases.push({
      name: "random indefinite quadratic (d = 5)",
      args: [symmetric(rng, 5), vec(rng, 5), vec(rng, 5), { lr: 0.05, momentum: 0.7, steps: 15, nesterov: true }],
    });
    // Both Limits at once, twice: O(steps^2 d^2) (rerunning from theta0 for every row) is
    // well over the time limit, O(steps d^2) well under.
    cases.push({
      name: "d = 200, 300 steps",
      args: [spd(rng, 200, 0.1, 5), vec(rng, 200), vec(rng, 200), { lr: 0.1, momentum: 0.9, steps: 300 }],
    });
    cases.push({
      name: "d = 200, 300 steps, Nesterov",
      args: [spd(rng, 200, 0.1, 5), vec(rng, 200), vec(rng, 200), { lr: 0.1, momentum: 0.9, steps: 300, nesterov: true }],
    });
    return cases;
  },
  properties: [{ name: "random small quadratics", arbitrary: smallArb, runs: 100 }],
});
