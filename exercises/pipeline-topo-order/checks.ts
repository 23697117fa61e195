import { defineChecks, exact, fc, type Rng, type TestCase } from "../../src/judge/kit";

/** A random DAG on n stages: edges go forward in a random permutation, so ids give no hint. */
function randomDag(rng: Rng, n: number, m: number): number[][] {
  const perm = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const deps: number[][] = [];
  for (let e = 0; e < m && n > 1; e++) {
    let a = rng.int(0, n - 1), b = rng.int(0, n - 1);
    if (a === b) continue;
    if (a > b) [a, b] = [b, a];
    deps.push([perm[a]!, perm[b]!]);
  }
  return deps;
}

/** A random DAG plus one back edge closing a cycle through a few stages. */
function withCycle(rng: Rng, n: number, m: number): number[][] {
  const deps = randomDag(rng, n, m);
  const len = Math.min(n, rng.int(2, 5));
  const nodes = rng.shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, len);
  for (let i = 0; i < len; i++) deps.push([nodes[i]!, nodes[(i + 1) % len]!]);
  return rng.shuffle(deps);
}

/** Stage n-1 -> n-2 -> ... -> 0: the only valid order is backwards. */
function reversedChain(n: number): number[][] {
  return Array.from({ length: n - 1 }, (_, i) => [n - 1 - i, n - 2 - i]);
}

const depsArb = fc.integer({ min: 0, max: 9 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    n === 0 ? fc.constant([] as number[][]) : fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).map(([a, b]) => [a, b]), { maxLength: 12 }),
  ),
);

/** Small random DAGs (mostly acyclic: edges from a smaller to a larger position of a shuffled order). */
const dagArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20 }),
  ).map(([size, perm, pairs]) => [size, pairs.filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? [perm[a]!, perm[b]!] : [perm[b]!, perm[a]!]))]),
);

export default defineChecks({
  params: [{ name: "n" }, { name: "deps" }],
  check: exact(),
  examples: [
    { name: "two stages ready at the start", args: [4, [[3, 1], [0, 1], [1, 2]]] },
    { name: "a cycle", args: [3, [[0, 1], [1, 2], [2, 1]]] },
    { name: "a free stage goes first", args: [3, [[2, 0]]] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no stages", args: [0, []] },
      { name: "one stage", args: [1, []] },
      { name: "a stage that depends on itself", args: [1, [[0, 0]]] },
      { name: "no dependencies: stages in id order", args: [5, []] },
      { name: "repeated dependencies", args: [3, [[1, 0], [1, 0], [2, 0], [1, 0]]] },
      { name: "two stages waiting on each other", args: [2, [[0, 1], [1, 0]]] },
      { name: "diamond", args: [4, [[3, 1], [3, 2], [1, 0], [2, 0]]] },
      { name: "cycle far from the other stages", args: [7, [[0, 1], [1, 2], [4, 5], [5, 6], [6, 4]]] },
      { name: "a smaller stage becomes ready later", args: [5, [[4, 0], [3, 1], [2, 4]]] },
      { name: "reversed chain of 10", args: [10, reversedChain(10)] },
    ];
    for (let i = 0; i < 5; i++) {
      const n = rng.int(5, 60);
      cases.push({ name: `random DAG #${i + 1} (n = ${n})`, args: [n, randomDag(rng, n, rng.int(0, 3 * n))] });
    }
    for (let i = 0; i < 3; i++) {
      const n = rng.int(5, 60);
      cases.push({ name: `random graph with a cycle #${i + 1} (n = ${n})`, args: [n, withCycle(rng, n, rng.int(n, 2 * n))] });
    }
    cases.push({ name: "reversed chain of 100,000 stages", args: [100_000, reversedChain(100_000)] });
    cases.push({ name: "200,000 independent stages with a few dependencies (many ready at once)", args: [200_000, randomDag(rng, 200_000, 2_000)] });
    cases.push({ name: "large DAG: 150,000 stages, 300,000 dependencies", args: [150_000, randomDag(rng, 150_000, 300_000)] });
    cases.push({ name: "large graph with one cycle: 100,000 stages, 150,000 dependencies", args: [100_000, withCycle(rng, 100_000, 150_000)] });
    return cases;
  },
  properties: [
    { name: "random small DAGs", arbitrary: dagArb, runs: 100 },
    { name: "random small graphs, cycles likely", arbitrary: depsArb, runs: 100 },
  ],
  validateInput: ([n, deps]) => {
    if (!Number.isInteger(n) || (n as number) < 0) return "n must be a non-negative integer.";
    if (!Array.isArray(deps)) return "deps must be an array of [before, after] pairs.";
    for (const [i, d] of deps.entries()) {
      if (!Array.isArray(d) || d.length !== 2 || d.some((x) => !Number.isInteger(x) || x < 0 || x >= (n as number))) {
        return `deps[${i}] must be a pair of stage ids in 0..${(n as number) - 1}.`;
      }
    }
    return null;
  },
});
