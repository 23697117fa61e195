import { defineChecks, exact, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

/**
 * A random rooted tree on nodes 0..n-1 with shuffled labels: nodes are attached in a random
 * order, each to one of the `window` nodes attached just before it (window 1 gives a single
 * path; a window of n gives a random recursive tree, about ln n deep).
 */
function randomTree(rng: Rng, n: number, window = n): number[] {
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const parent = new Array<number>(n).fill(-1);
  for (let i = 1; i < n; i++) parent[order[i]!] = order[rng.int(Math.max(0, i - window), i - 1)]!;
  return parent;
}

/** A path root = 0 -> 1 -> ... -> n-1: node i's parent is i - 1. */
function path(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i - 1);
}

/** A spine 0 -> 1 -> ... -> spine-1, with one leaf hanging off every spine node. */
function caterpillar(spine: number): number[] {
  const parent = path(spine);
  for (let i = 0; i < spine; i++) parent.push(i);
  return parent;
}

function depthOf(parent: number[], x: number): number {
  let d = 0;
  for (; parent[x] !== -1; x = parent[x]!) d++;
  return d;
}

/** The deepest node of a tree (ties to the lowest label). */
function deepest(parent: number[]): number {
  const depth = new Int32Array(parent.length).fill(-1);
  let best = 0;
  for (let i = 0; i < parent.length; i++) {
    const stack: number[] = [];
    let x = i;
    while (x !== -1 && depth[x] === -1) { stack.push(x); x = parent[x]!; }
    let d = x === -1 ? -1 : depth[x]!;
    while (stack.length) depth[stack.pop()!] = ++d;
    if (depth[i]! > depth[best]!) best = i;
  }
  return best;
}

/** Small trees for property tests: labels are a permutation, each node hangs off an earlier one. */
const treeArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    fc.array(fc.nat(), { minLength: n, maxLength: n }),
    fc.integer({ min: 0, max: n - 1 }),
    fc.integer({ min: 0, max: n - 1 }),
  ).map(([order, picks, a, b]): Value[] => {
    const parent = new Array<number>(n).fill(-1);
    for (let i = 1; i < n; i++) parent[order[i]!] = order[picks[i]! % i]!;
    return [parent, a, b];
  }),
);

export default defineChecks({
  params: [{ name: "parent" }, { name: "a" }, { name: "b" }],
  check: exact(),
  examples: [
    // 0 is the root; 1 and 2 are its children; 3 and 4 hang off 1; 5 hangs off 4.
    { name: "two nodes in the same subtree", args: [[-1, 0, 0, 1, 1, 4], 3, 5] },
    { name: "one node is an ancestor of the other", args: [[-1, 0, 0, 1, 1, 4], 1, 5] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "a single node", args: [[-1], 0, 0] },
      { name: "a === b: the path to the root", args: [[-1, 0, 1, 2, 1], 3, 3] },
      { name: "b is an ancestor of a", args: [[-1, 0, 1, 2, 3], 4, 2] },
      { name: "different subtrees of the root", args: [[-1, 0, 0, 1, 2], 3, 4] },
      { name: "the root is not node 0", args: [[3, 3, 0, -1, 2, 1], 4, 2] },
      { name: "parents with larger labels than their children", args: [[2, 2, 5, 4, 5, -1, 3], 0, 6] },
      { name: "a and b are siblings", args: [[-1, 0, 1, 1, 2], 2, 3] },
      { name: "a is the root", args: [[1, -1, 1, 0], 1, 3] },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(8, 300);
      const parent = randomTree(rng, n, i % 2 === 0 ? n : rng.int(1, 4));
      cases.push({ name: `random tree #${i + 1} (n = ${n})`, args: [parent, rng.int(0, n - 1), rng.int(0, n - 1)] });
    }
    {
      const parent = randomTree(rng, 500, 2);
      const a = deepest(parent);
      cases.push({ name: `deep node with itself (depth ${depthOf(parent, a)})`, args: [parent, a, a] });
    }
    const big = 200_000;
    cases.push({ name: "large random tree: 200,000 nodes", args: [randomTree(rng, big), rng.int(0, big - 1), rng.int(0, big - 1)] });
    cases.push({ name: "caterpillar: a 100,000-node spine with a leaf on each node", args: [caterpillar(100_000), 199_999, 150_000] });
    cases.push({ name: "a single path 200,000 deep (no deep recursion, linear time)", args: [path(big), big - 1, big - 2] });
    {
      // A path through the nodes in a random order: the last node of the order is the bottom.
      const order = rng.shuffle(Array.from({ length: big }, (_, i) => i));
      const parent = new Array<number>(big).fill(-1);
      for (let i = 1; i < big; i++) parent[order[i]!] = order[i - 1]!;
      cases.push({ name: "a shuffled path 200,000 deep, a === b at the bottom", args: [parent, order[big - 1]!, order[big - 1]!] });
    }
    return cases;
  },
  properties: [{ name: "small random trees", arbitrary: treeArb, runs: 100 }],
  validateInput: (args) => {
    const [parent, a, b] = args;
    if (!Array.isArray(parent) || parent.length === 0) return "parent must be a non-empty array of numbers.";
    const n = parent.length;
    let roots = 0;
    for (const p of parent) {
      if (!Number.isInteger(p) || p < -1 || p >= n) return `every parent must be an integer from -1 to ${n - 1}.`;
      if (p === -1) roots++;
    }
    if (roots !== 1) return `the tree must have exactly one root (parent -1); this one has ${roots}.`;
    const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 known to reach the root
    for (let i = 0; i < n; i++) {
      const walk: number[] = [];
      let x = i;
      while (x !== -1 && state[x] === 0) { state[x] = 1; walk.push(x); x = parent[x] as number; }
      if (x !== -1 && state[x] === 1) return `parent has a cycle through node ${x}.`;
      for (const w of walk) state[w] = 2;
    }
    for (const [name, v] of [["a", a], ["b", b]] as const) {
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= n) return `${name} must be a node from 0 to ${n - 1}.`;
    }
    return null;
  },
});
