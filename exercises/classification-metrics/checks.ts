import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/** n samples over k classes; a prediction is right with probability `accuracy`, else a random class. */
function randomCase(rng: Rng, n: number, k: number, accuracy: number, usedClasses = k): Value[] {
  const yTrue = rng.array(n, () => rng.int(0, usedClasses - 1));
  const yPred = yTrue.map((y) => (rng.bool(accuracy) ? y : rng.int(0, usedClasses - 1)));
  return [yTrue, yPred, k];
}

const smallArb = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc.integer({ min: 0, max: 14 }).chain((n) =>
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
    ).map(([yTrue, yPred]): Value[] => [yTrue, yPred, k]),
  ),
);

export default defineChecks({
  params: [{ name: "yTrue" }, { name: "yPred" }, { name: "numClasses" }],
  check: closeTo({ atol: 1e-9, rtol: 1e-9 }),
  examples: [
    { name: "three classes", args: [[0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], 3] },
    { name: "a class that never occurs still counts in the macro average", args: [[0, 1, 1, 0, 1, 1], [1, 1, 1, 1, 1, 0], 3] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no samples: all zeros", args: [[], [], 3] },
      { name: "one sample, one class", args: [[0], [0], 1] },
      { name: "one sample, predicted wrong", args: [[1], [0], 2] },
      { name: "all correct", args: [[2, 0, 1, 1, 2, 0], [2, 0, 1, 1, 2, 0], 3] },
      { name: "all wrong: every F1 is 0, never NaN", args: [[0, 0, 1, 1], [1, 1, 0, 0], 2] },
      { name: "a class predicted but never true", args: [[0, 0, 0, 1], [0, 2, 2, 1], 3] },
      { name: "a class true but never predicted", args: [[0, 2, 2, 1], [0, 0, 0, 1], 3] },
      { name: "everything predicted as one class", args: [[0, 1, 2, 3, 1, 2, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3], 4] },
      { name: "asymmetric confusion (rows are true classes)", args: [[0, 0, 0, 0, 1, 1, 2], [0, 1, 1, 2, 1, 1, 0], 3] },
      { name: "ten classes, only three used", args: randomCase(rng, 40, 10, 0.6, 3) },
    ];
    for (let i = 0; i < 6; i++) {
      const k = rng.int(2, 12), n = rng.int(10, 500);
      cases.push({ name: `random #${i + 1} (n = ${n}, ${k} classes)`, args: randomCase(rng, n, k, rng.float(0.1, 0.95)) });
    }
    cases.push({ name: "large: 500,000 samples, 100 classes (linear time)", args: randomCase(rng, 500_000, 100, 0.7) });
    return cases;
  },
  properties: [{ name: "small random label sets", arbitrary: smallArb, runs: 100 }],
  validateInput: ([yTrue, yPred, numClasses]) => {
    if (!Number.isInteger(numClasses) || (numClasses as number) < 1) return "numClasses must be a positive integer.";
    const k = numClasses as number;
    if (!Array.isArray(yTrue) || !Array.isArray(yPred) || yTrue.length !== yPred.length) return "yTrue and yPred must be arrays of the same length.";
    for (const y of [...yTrue, ...yPred]) if (!Number.isInteger(y) || y < 0 || y >= k) return `every label must be an integer in 0..${k - 1}.`;
    return null;
  },
});
