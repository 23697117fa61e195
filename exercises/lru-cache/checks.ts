import { defineChecks, exact, fc, type Rng, type TestCase } from "../../src/judge/kit";

type Op = ["get", number] | ["put", number, number];

/** Random operations over `keys` distinct model ids (spread out, not 0..keys-1). */
function randomOps(rng: Rng, count: number, keys: number, putShare: number): Op[] {
  const ids = Array.from({ length: keys }, () => rng.int(0, 1_000_000_000));
  const ops: Op[] = [];
  for (let i = 0; i < count; i++) {
    const key = ids[rng.int(0, keys - 1)]!;
    ops.push(rng.bool(putShare) ? ["put", key, rng.int(0, 1_000_000_000)] : ["get", key]);
  }
  return ops;
}

/**
 * Fill the cache, then cycle: each round reads the oldest half back (refreshing it) and
 * inserts new keys, so a cache that forgets to refresh on get evicts the wrong entries.
 */
function refreshPattern(capacity: number, rounds: number): Op[] {
  const ops: Op[] = [];
  let next = 0;
  for (; next < capacity; next++) ops.push(["put", next, next * 10]);
  for (let r = 0; r < rounds; r++) {
    for (let k = next - capacity; k < next - capacity / 2; k++) ops.push(["get", k]);
    for (let i = 0; i < capacity / 2; i++, next++) ops.push(["put", next, next * 10]);
    for (let k = next - capacity - capacity / 2; k < next; k++) ops.push(["get", k]);
  }
  return ops;
}

const opArb = (keys: number): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.tuple(fc.constant("get" as const), fc.nat(keys - 1)),
    fc.tuple(fc.constant("put" as const), fc.nat(keys - 1), fc.nat(99)),
  );

const casesArb: fc.Arbitrary<unknown[]> = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.array(opArb(6), { maxLength: 30 }));

export default defineChecks({
  params: [{ name: "capacity" }, { name: "ops" }],
  check: exact(),
  examples: [
    {
      name: "a get refreshes the entry",
      args: [2, [["put", 1, 10], ["put", 2, 20], ["get", 1], ["put", 3, 30], ["get", 2], ["get", 3], ["get", 1]]],
    },
    {
      name: "putting an existing key updates and refreshes it",
      args: [2, [["put", 7, 1], ["put", 8, 2], ["put", 7, 3], ["put", 9, 4], ["get", 7], ["get", 8]]],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no operations", args: [3, []] },
      { name: "get on an empty cache", args: [3, [["get", 1], ["get", 0]]] },
      { name: "capacity 0 stores nothing", args: [0, [["put", 1, 1], ["get", 1], ["put", 2, 2], ["get", 2]]] },
      { name: "capacity 1", args: [1, [["put", 1, 1], ["put", 2, 2], ["get", 1], ["get", 2], ["put", 2, 5], ["get", 2], ["put", 3, 3], ["get", 2], ["get", 3]]] },
      {
        name: "re-putting a key in a full cache evicts nothing",
        args: [2, [["put", 1, 1], ["put", 2, 2], ["put", 2, 3], ["get", 1], ["get", 2], ["put", 1, 4], ["get", 2], ["get", 1]]],
      },
      { name: "a miss does not change the order", args: [2, [["put", 1, 1], ["put", 2, 2], ["get", 3], ["put", 3, 3], ["get", 1], ["get", 2], ["get", 3]]] },
      { name: "key 0 and value 0", args: [2, [["put", 0, 0], ["get", 0], ["put", 1, 0], ["put", 2, 7], ["get", 0], ["get", 1]]] },
      { name: "large key ids", args: [2, [["put", 1_000_000_000, 5], ["put", 999_999_999, 6], ["get", 1_000_000_000], ["put", 3, 7], ["get", 999_999_999], ["get", 1_000_000_000]]] },
      { name: "refresh pattern, capacity 8", args: [8, refreshPattern(8, 4)] },
    ];
    for (let i = 0; i < 6; i++) {
      const capacity = rng.int(1, 12);
      const keys = rng.int(2, 3 * capacity + 2);
      cases.push({ name: `random operations #${i + 1} (capacity ${capacity}, ${keys} keys)`, args: [capacity, randomOps(rng, rng.int(20, 200), keys, 0.5)] });
    }
    cases.push({ name: "refresh pattern, capacity 20,000 (O(1) per operation)", args: [20_000, refreshPattern(20_000, 4)] });
    cases.push({ name: "large: capacity 200,000, 600,000 operations over 300,000 keys", args: [200_000, randomOps(rng, 600_000, 300_000, 0.4)] });
    return cases;
  },
  properties: [{ name: "random small caches", arbitrary: casesArb, runs: 150 }],
  validateInput: ([capacity, ops]) => {
    if (!Number.isInteger(capacity) || (capacity as number) < 0) return "capacity must be a non-negative integer.";
    if (!Array.isArray(ops)) return "ops must be an array of operations.";
    for (const [i, op] of ops.entries()) {
      const ok = Array.isArray(op) && ((op[0] === "get" && op.length === 2) || (op[0] === "put" && op.length === 3)) &&
        op.slice(1).every((x: unknown) => Number.isInteger(x) && (x as number) >= 0);
      if (!ok) return `ops[${i}] must be ["get", key] or ["put", key, value] with non-negative integers.`;
    }
    return null;
  },
});
