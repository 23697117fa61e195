import { defineChecks, exact, fc, pathGraph, randomGraph, type TestCase } from "../../src/judge/kit";

/**
 * A hub graph: the source points at every other node, and those nodes form a chain
 * that leads back, so the queue holds ~n nodes at once and every node also has a
 * longer path a depth-first search would find first.
 */
function hub(n: number): number[][] {
  const g: number[][] = Array.from({ length: n }, (_, i) => (i > 0 && i + 1 < n ? [i + 1] : []));
  g[0] = Array.from({ length: n - 1 }, (_, i) => n - 1 - i);
  return g;
}

const graphArb = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.tuple(
    fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
    fc.integer({ min: 0, max: n - 1 }),
  ),
);

export default defineChecks({
  params: [{ name: "graph" }, { name: "source" }],
  check: exact(),
  examples: [
    { name: "two routes of the same length", args: [[[1, 2], [3], [3], []], 0] },
    { name: "a cycle and a node nothing points at", args: [[[1], [2], [0], [1]], 1] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "single node", args: [[[]], 0] },
      { name: "single node with a self-loop", args: [[[0, 0]], 0] },
      { name: "edges are directed: nothing reaches back to the source", args: [[[1], [2], []], 2] },
      { name: "self-loops and repeated edges", args: [[[0, 1, 1, 2], [1, 2, 0], [2]], 0] },
      { name: "a short edge found after a long detour (depth-first trap)", args: [[[1, 4], [2], [3], [4], [5], []], 0] },
      { name: "two components", args: [[[1], [0], [3], [2]], 0] },
      { name: "source in the middle of a path", args: [pathGraph(8), 4] },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(5, 80);
      cases.push({ name: `random graph #${i + 1} (n = ${n})`, args: [randomGraph(rng, n, rng.int(n, 3 * n), i % 2 === 1), rng.int(0, n - 1)] });
    }
    cases.push({ name: "path of 100,000 nodes", args: [pathGraph(100_000), 0] });
    cases.push({ name: "hub of 500,000 nodes: the queue holds every node at once", args: [hub(500_000), 0] });
    cases.push({ name: "large graph: 150,000 nodes, 800,000 edges (linear time)", args: [randomGraph(rng, 150_000, 400_000, true), 0] });
    return cases;
  },
  properties: [{ name: "random small graphs", arbitrary: graphArb, runs: 100 }],
  validateInput: ([graph, source]) => {
    if (!Array.isArray(graph) || graph.length === 0) return "graph must be a non-empty array of adjacency lists.";
    const n = graph.length;
    if (!Number.isInteger(source) || (source as number) < 0 || (source as number) >= n) return `source must be a node id in 0..${n - 1}.`;
    for (const [u, list] of graph.entries()) {
      if (!Array.isArray(list) || list.some((v) => !Number.isInteger(v) || v < 0 || v >= n)) return `graph[${u}] must list node ids in 0..${n - 1}.`;
    }
    return null;
  },
});
