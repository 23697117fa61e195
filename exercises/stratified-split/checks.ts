import { defineChecks, exact, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/** n labels drawn from `classes` classes with skewed frequencies, a shuffled order and a fraction. */
function randomCase(rng: Rng, n: number, classes: number, testFraction: number, labelOffset = 0): Value[] {
  const weights = rng.array(classes, () => rng.next() ** 2 + 0.01);
  const total = weights.reduce((a, b) => a + b, 0);
  const labels = rng.array(n, () => {
    let u = rng.float(0, total), c = 0;
    while (c < classes - 1 && u >= weights[c]!) u -= weights[c++]!;
    return c + labelOffset;
  });
  return [labels, testFraction, rng.shuffle(Array.from({ length: n }, (_, i) => i))];
}

/** Many small classes: about `perClass` members each, ids spread out. */
function manyClasses(rng: Rng, n: number, perClass: number, testFraction: number): Value[] {
  const labels = rng.array(n, () => rng.int(0, Math.floor(n / perClass)) * 7);
  return [labels, testFraction, rng.shuffle(Array.from({ length: n }, (_, i) => i))];
}

const smallArb = fc.integer({ min: 0, max: 16 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    fc.constantFrom(0, 0.1, 0.2, 0.25, 1 / 3, 0.5, 0.75, 1),
    fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
  ).map(([labels, f, order]): Value[] => [labels, f, order]),
);

export default defineChecks({
  params: [{ name: "labels" }, { name: "testFraction" }, { name: "order" }],
  check: exact(),
  examples: [
    { name: "two classes, a quarter to test", args: [[0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1], 0.25, [3, 7, 0, 11, 4, 9, 1, 2, 5, 6, 8, 10]] },
    { name: "halves round up", args: [[2, 5, 2, 5, 5, 2, 2], 0.5, [6, 5, 4, 3, 2, 1, 0]] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no samples", args: [[], 0.3, []] },
      { name: "one sample, fraction 0.4: stays in train", args: [[9], 0.4, [0]] },
      { name: "one sample, fraction 0.5: goes to test", args: [[9], 0.5, [0]] },
      { name: "fraction 0: everything in train", args: [[1, 0, 1, 2, 0], 0, [4, 2, 0, 1, 3]] },
      { name: "fraction 1: everything in test", args: [[1, 0, 1, 2, 0], 1, [4, 2, 0, 1, 3]] },
      { name: "a single class", args: [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 0.3, [9, 8, 1, 2, 0, 3, 7, 4, 6, 5]] },
      {
        name: "x.5 quotas round up, not to even (2.5 -> 3, 4.5 -> 5, 0.5 -> 1)",
        args: [[0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], 0.5, [14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
      },
      { name: "identity order", args: [[0, 1, 0, 1, 0, 1, 1, 1], 0.25, [0, 1, 2, 3, 4, 5, 6, 7]] },
      { name: "negative and large label values", args: [[-1, 1e9, -1, 1e9, -1, 7, -1, 1e9], 0.5, [7, 0, 5, 2, 6, 1, 4, 3]] },
      { name: "rare classes: quotas round to 0 and to 1", args: [[0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 3, 3, 3], 0.2, [13, 0, 8, 12, 1, 9, 11, 2, 10, 3, 4, 5, 6, 7]] },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(10, 300), classes = rng.int(1, 8), f = rng.pick([0.1, 0.2, 0.25, 0.3, 1 / 3, 0.5]);
      cases.push({ name: `random #${i + 1} (n = ${n}, ${classes} classes, fraction ${Number(f.toFixed(3))})`, args: randomCase(rng, n, classes, f) });
    }
    cases.push({ name: "large: 300,000 samples, 10 classes (linear time)", args: randomCase(rng, 300_000, 10, 0.3, -5) });
    cases.push({ name: "large: 200,000 samples in about 50,000 classes", args: manyClasses(rng, 200_000, 4, 0.5) });
    return cases;
  },
  properties: [{ name: "small random splits", arbitrary: smallArb, runs: 100 }],
  validateInput: ([labels, testFraction, order]) => {
    if (!Array.isArray(labels) || !labels.every((y) => Number.isInteger(y))) return "labels must be an array of integers.";
    if (typeof testFraction !== "number" || !(testFraction >= 0 && testFraction <= 1)) return "testFraction must be a number in [0, 1].";
    if (!Array.isArray(order) || order.length !== labels.length) return `order must be a permutation of 0..${labels.length - 1}.`;
    const seen = new Uint8Array(labels.length);
    for (const i of order) {
      if (!Number.isInteger(i) || i < 0 || i >= labels.length || seen[i]) return `order must be a permutation of 0..${labels.length - 1}.`;
      seen[i] = 1;
    }
    return null;
  },
});
