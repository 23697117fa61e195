import { closeTo, defineChecks, fc, type Rng, type TestCase } from "../../src/judge/kit";

interface AdamOptions { lr?: number; beta1?: number; beta2?: number; epsilon?: number }

/**
 * Float32-exact random numbers, so a float32 solution (tf.train.adam) sees the same inputs as the
 * double-precision reference that computes the expected values.
 */
const f32 = (x: number) => Math.fround(x);
const vector = (rng: Rng, d: number, scale: number) => rng.array(d, () => f32(rng.normal(0, scale)));
const gradients = (rng: Rng, steps: number, d: number, scale: number) => rng.array(steps, () => vector(rng, d, scale));

const smallArb = fc.integer({ min: 1, max: 4 }).chain((d) =>
  fc.tuple(
    fc.array(fc.integer({ min: -16, max: 16 }).map((x) => x / 8), { minLength: d, maxLength: d }),
    fc.array(fc.array(fc.integer({ min: -16, max: 16 }).map((x) => x / 4), { minLength: d, maxLength: d }), { maxLength: 8 }),
    fc.record({
      lr: fc.constantFrom(0.001, 0.01, 0.1),
      beta1: fc.constantFrom(0, 0.5, 0.9),
      beta2: fc.constantFrom(0.9, 0.99, 0.999),
      epsilon: fc.constantFrom(1e-7, 1e-3, 0.1),
    }, { requiredKeys: ["lr"] }),
  ),
);

export default defineChecks({
  params: [{ name: "params" }, { name: "grads" }, { name: "options", optional: true }],
  check: closeTo({ atol: 5e-5, rtol: 1e-4 }),
  examples: [
    { name: "a constant gradient with default options", args: [[0.5], [[1], [1], [1], [1]]] },
    { name: "two parameters, three steps", args: [[1, -2], [[0.5, -1], [0.3, -0.8], [-0.2, 0.4]], { lr: 0.1 }] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no gradients", args: [[1, 2], [], { lr: 0.1 }] },
      { name: "zero gradients leave the parameters alone", args: [[0.25, -4], [[0, 0], [0, 0], [0, 0]], { lr: 0.1 }] },
      { name: "a gradient that appears after zeros", args: [[1], [[0], [0], [2], [2], [-1]], { lr: 0.05 }] },
      { name: "tiny gradients (1e-4): epsilon outside the square root", args: [[0.5, 0.5], gradients(rng, 10, 2, 1e-4), { lr: 0.01 }] },
      { name: "a large epsilon damps small gradients", args: [[2, -2, 0], [[0.01, 1, -0.1], [0.02, 2, -0.1], [0.01, 1, 0.3]], { lr: 0.1, epsilon: 0.1 }] },
      { name: "beta1 = 0 (no first-moment averaging)", args: [[1, 1], gradients(rng, 6, 2, 1), { lr: 0.05, beta1: 0 }] },
      { name: "short memories: beta1 = 0.5, beta2 = 0.9", args: [[0, 0, 0], gradients(rng, 12, 3, 1), { lr: 0.02, beta1: 0.5, beta2: 0.9 }] },
      { name: "large gradients (1e3)", args: [[10, -10], gradients(rng, 8, 2, 1e3), { lr: 0.1 }] },
      { name: "a parameter with a large value", args: [[1000, -250.5], gradients(rng, 20, 2, 1), { lr: 0.5 }] },
      { name: "the edge of the tested regime: lr 1, beta2 0.999, 60 steps", args: [vector(rng, 4, 1), gradients(rng, 60, 4, 1), { lr: 1, beta2: 0.999 }] },
      { name: "only epsilon given", args: [[0.5, 1.5], gradients(rng, 5, 2, 0.5), { epsilon: 1e-3 }] },
    ];
    for (let i = 0; i < 4; i++) {
      const d = rng.int(2, 20), steps = rng.int(5, 60);
      const options: AdamOptions = { lr: rng.pick([0.001, 0.01, 0.05, 0.1]), beta1: rng.pick([0.8, 0.9, 0.95]), beta2: rng.pick([0.99, 0.999]) };
      cases.push({ name: `random run #${i + 1} (d = ${d}, ${steps} steps)`, args: [vector(rng, d, 1), gradients(rng, steps, d, rng.pick([0.1, 1, 10])), options] });
    }
    cases.push({ name: "10,000 parameters, 50 steps", args: [vector(rng, 10_000, 1), gradients(rng, 50, 10_000, 1), { lr: 0.01 }] });
    return cases;
  },
  properties: [{ name: "random small runs", arbitrary: smallArb, runs: 60 }],
  validateInput: ([params, grads, options]) => {
    if (!Array.isArray(params) || params.some((x) => typeof x !== "number")) return "params must be an array of numbers.";
    if (!Array.isArray(grads) || grads.some((g) => !Array.isArray(g) || g.length !== params.length)) return "grads must be an array of gradients, each as long as params.";
    if (options !== undefined && (typeof options !== "object" || options === null)) return "options must be an object.";
    const o = (options ?? {}) as AdamOptions;
    if (o.beta1 !== undefined && !(o.beta1 >= 0 && o.beta1 < 1)) return "beta1 must be in [0, 1).";
    if (o.beta2 !== undefined && !(o.beta2 > 0 && o.beta2 < 1)) return "beta2 must be in (0, 1).";
    if (o.epsilon !== undefined && !(o.epsilon > 0)) return "epsilon must be positive.";
    return null;
  },
});
