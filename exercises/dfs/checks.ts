import { defineChecks, exact, fc, pathGraph, randomGraph, type TestCase } from "../../src/judge/kit";

const graphArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.tuple(
    fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 4 }), { minLength: n, maxLength: n }),
    fc.integer({ min: 0, max: n - 1 }),
  ),
);

export default defineChecks({
  params: [{ name: "graph" }, { name: "start" }],
  check: exact(),
  examples: [
    { name: "a small undirected graph", args: [[[1, 2], [0, 3], [0, 3], [1, 2]], 0] },
    { name: "neighbour order matters", args: [[[2, 1], [3], [3], []], 0] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "single node", args: [[[]], 0] },
      { name: "self-loop and repeated edges", args: [[[0, 1, 1], [1, 0, 2], [2]], 0] },
      { name: "start in the middle, unreachable nodes left out", args: [[[1], [2], [], [0]], 1] },
      { name: "a cycle", args: [[[1], [2], [3], [0]], 2] },
      { name: "visited-on-pop trap: node reachable two ways", args: [[[1, 2], [2], [3], []], 0] },
    ];
    for (let i = 0; i < 6; i++) {
      const n = rng.int(5, 60);
      cases.push({ name: `random graph #${i + 1} (n = ${n})`, args: [randomGraph(rng, n, rng.int(n, 3 * n), i % 2 === 0), rng.int(0, n - 1)] });
    }
    cases.push({ name: "deep path of 100,000 nodes (no deep recursion)", args: [pathGraph(100_000), 0] });
    // The degree dimension: one node listing 199,999 neighbours, each listing it back.
    cases.push({
      name: "star of 200,000 nodes: one hub with 199,999 neighbours (linear in the degree)",
      args: [Array.from({ length: 200_000 }, (_, u) => (u === 0 ? Array.from({ length: 199_999 }, (_, i) => i + 1) : [0])), 0],
    });
    cases.push({ name: "large graph: 200,000 nodes, 1,000,000 edges (linear time)", args: [randomGraph(rng, 200_000, 500_000, true), 0] });
    return cases;
  },
  properties: [{ name: "random small graphs", arbitrary: graphArb, runs: 100 }],
});
