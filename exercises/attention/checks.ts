import { closeTo, defineChecks, fc, isTensorValue, tensor, tensorFromFlat, type Rng, type TensorValue, type TestCase, type Value } from "../../src/judge/kit";

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** A float32 tensor of `shape` with values std * N(0, 1). */
function normal(rng: Rng, shape: number[], std = 1): TensorValue {
  return tensorFromFlat(rng.array(size(shape), () => rng.normal(0, std)), shape);
}

/** A float32 tensor of `shape` with integers from lo to hi: dot products stay exact in float32. */
function ints(rng: Rng, shape: number[], lo: number, hi: number): TensorValue {
  return tensorFromFlat(rng.array(size(shape), () => rng.int(lo, hi)), shape);
}

/** A bool mask of `shape`; `p` is the chance that a query may attend to a key. */
function randomMask(rng: Rng, shape: number[], p = 0.6): TensorValue {
  return tensorFromFlat(rng.array(size(shape), () => (rng.bool(p) ? 1 : 0)), shape, "bool");
}

/** Lower-triangular [Lq, Lk] mask: query i may attend to keys 0..i. */
function causal(lq: number, lk: number): TensorValue {
  return tensorFromFlat(Array.from({ length: lq * lk }, (_, x) => (x % lk <= Math.floor(x / lk) ? 1 : 0)), [lq, lk], "bool");
}

/** [B, 1, 1, Lk] padding mask: batch b may attend to its first `lengths[b]` keys. */
function paddingMask(lengths: number[], lk: number): TensorValue {
  return tensorFromFlat(lengths.flatMap((len) => Array.from({ length: lk }, (_, j) => (j < len ? 1 : 0))), [lengths.length, 1, 1, lk], "bool");
}

/**
 * Queries and keys whose scaled logits are about `sign` * 10,000, with gaps of a few units
 * between keys, all exact in float32: d = 4, q = [100, 100, s, t], k = [50 * sign, 50 * sign, u, w].
 */
function hugeLogits(rng: Rng, lead: number[], lq: number, lk: number, signs: number[]): { q: TensorValue; k: TensorValue } {
  const batches = size(lead);
  const q: number[] = [], k: number[] = [];
  for (let b = 0; b < batches; b++) {
    for (let i = 0; i < lq; i++) {
      const s = signs[(b * lq + i) % signs.length]!;
      q.push(200 * s, 100 * s, rng.int(-3, 3), rng.int(-3, 3));
    }
    for (let j = 0; j < lk; j++) k.push(50, 100, rng.int(-3, 3), rng.int(-3, 3));
  }
  return { q: tensorFromFlat(q, [...lead, lq, 4]), k: tensorFromFlat(k, [...lead, lk, 4]) };
}

function qkv(rng: Rng, lead: number[], lq: number, lk: number, d: number, dv: number, std = 1): TensorValue[] {
  return [normal(rng, [...lead, lq, d], std), normal(rng, [...lead, lk, d], std), normal(rng, [...lead, lk, dv])];
}

/** Small cases for property tests: values on a grid of quarters, an optional [Lq, Lk] mask. */
const smallCase = fc
  .record({
    batch: fc.constantFrom<number[]>([], [2]),
    lq: fc.integer({ min: 1, max: 4 }),
    lk: fc.integer({ min: 1, max: 4 }),
    d: fc.integer({ min: 1, max: 4 }),
    dv: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ batch, lq, lk, d, dv }) => {
    const grid = (shape: number[]) =>
      fc.array(fc.integer({ min: -12, max: 12 }), { minLength: size(shape), maxLength: size(shape) }).map((a) => tensorFromFlat(a.map((x) => x / 4), shape));
    return fc.tuple(
      grid([...batch, lq, d]),
      grid([...batch, lk, d]),
      grid([...batch, lk, dv]),
      fc.option(fc.array(fc.boolean(), { minLength: lq * lk, maxLength: lq * lk }), { nil: undefined }),
    ).map(([q, k, v, m]): Value[] => (m === undefined ? [q, k, v] : [q, k, v, tensorFromFlat(m.map(Number), [lq, lk], "bool")]));
  });

export default defineChecks({
  params: [
    { name: "q", tensor: true },
    { name: "k", tensor: true },
    { name: "v", tensor: true },
    { name: "mask", tensor: true, dtype: "bool", optional: true },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    {
      name: "three queries, two keys, no mask",
      args: [tensor([[1, 0], [0, 1], [1, 1]]), tensor([[2, 0], [0, 2]]), tensor([[1, 0, 2], [0, 1, -1]])],
    },
    {
      name: "a batch of one with a causal mask",
      args: [
        tensor([[[1, 2], [0, 1], [2, -1]]]),
        tensor([[[1, 0], [0, 1], [1, 1]]]),
        tensor([[[1, 0], [0, 1], [1, 1]]]),
        tensor([[true, false, false], [true, true, false], [true, true, true]]),
      ],
    },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "d = 1", args: qkv(rng, [], 3, 4, 1, 2) },
      { name: "a single key: every output row is that value", args: qkv(rng, [], 4, 1, 3, 2) },
      { name: "a single query", args: qkv(rng, [], 1, 6, 5, 3) },
      { name: "Lq != Lk and dv != d (rank 2)", args: qkv(rng, [], 3, 7, 4, 2) },
      { name: "the scale uses d (16), not dv (3)", args: qkv(rng, [], 5, 6, 16, 3, 1.5) },
      { name: "rank 3: a batch of 4", args: qkv(rng, [4], 5, 6, 8, 4) },
      { name: "rank 4: batch 2, 3 heads", args: qkv(rng, [2, 3], 4, 5, 6, 7) },
      { name: "an all-true mask changes nothing", args: [...qkv(rng, [2], 3, 4, 4, 2), tensor([[true, true, true, true]])] },
      {
        name: "a fully masked query row gives zeros",
        args: [...qkv(rng, [], 3, 4, 4, 3), tensor([[true, false, true, false], [false, false, false, false], [false, false, false, true]])],
      },
      { name: "every query row fully masked", args: [...qkv(rng, [2], 2, 3, 4, 2), tensor([[false, false, false], [false, false, false]])] },
      { name: "causal [Lq, Lk] mask on rank 4 (broadcast over batch and heads)", args: [...qkv(rng, [2, 2], 5, 5, 8, 8), causal(5, 5)] },
      { name: "causal mask with Lq < Lk", args: [...qkv(rng, [3], 3, 6, 4, 5), causal(3, 6)] },
      { name: "padding mask [B, 1, 1, Lk] on rank 4", args: [...qkv(rng, [3, 2], 4, 6, 4, 3), paddingMask([6, 3, 1], 6)] },
      { name: "mask [1, Lk] on rank 3", args: [...qkv(rng, [2], 4, 5, 3, 3), tensor([[true, false, true, true, false]])] },
      { name: "mask [Lk] (rank 1) on rank 3", args: [...qkv(rng, [2], 3, 4, 2, 2), tensor([false, true, true, false])] },
      { name: "mask [B, 1, Lk] on rank 3", args: [...qkv(rng, [2], 3, 4, 4, 2), tensor([[[true, true, false, false]], [[false, true, true, true]]])] },
      { name: "full [B, H, Lq, Lk] mask with some blocked rows", args: [...qkv(rng, [2, 2], 4, 5, 4, 3), randomMask(rng, [2, 2, 4, 5], 0.4)] },
      { name: "mask [B, Lq, Lk] on rank 3", args: [...qkv(rng, [3], 4, 4, 5, 2), randomMask(rng, [3, 4, 4])] },
    ];
    {
      const { q, k } = hugeLogits(rng, [], 4, 6, [1]);
      cases.push({ name: "logits around +10,000: a naive softmax overflows", args: [q, k, normal(rng, [6, 3])] });
    }
    {
      const { q, k } = hugeLogits(rng, [], 4, 6, [-1]);
      cases.push({ name: "logits around -10,000: a naive softmax underflows to 0 / 0", args: [q, k, normal(rng, [6, 3])] });
    }
    {
      const { q, k } = hugeLogits(rng, [2], 4, 5, [1, -1, -1, 1]);
      cases.push({ name: "rows around +10,000 and -10,000 together: subtract each row's own maximum", args: [q, k, normal(rng, [2, 5, 2])] });
    }
    {
      // Row 0 blocks key 0 and row 1 blocks key 3, which hold those rows' largest logits (11,000, about
      // 1,000 above the allowed keys): subtracting a maximum taken over blocked keys underflows every allowed key.
      const q = tensor([[200, 100, 1, 0], [200, 100, -1, 0], [-200, -100, 0, 1]]);
      const k = tensor([[50, 100, 2000, 0], [50, 100, 1, 2], [50, 100, 0, -1], [50, 100, -2000, 0], [50, 100, 2, 2]]);
      const mask = tensor([[false, true, true, true, true], [true, true, true, false, true], [true, false, true, true, true]]);
      cases.push({ name: "huge logits: a blocked key holds the row's largest logit", args: [q, k, normal(rng, [5, 3]), mask] });
    }
    {
      // Key j's logit is about 10,000 + 150 * j * q[2], so under a causal mask the blocked (later) keys hold each row's largest logits.
      const lk = 8;
      const q = tensorFromFlat(rng.array(2 * lk, () => [200, 100, rng.int(1, 2), 0]).flat(), [2, lk, 4]);
      const k = tensorFromFlat([0, 1].flatMap(() => Array.from({ length: lk }, (_, j) => [50, 100, 300 * j, 0]).flat()), [2, lk, 4]);
      cases.push({ name: "huge logits rising along the keys, causal mask: the blocked keys hold the largest logits", args: [q, k, normal(rng, [2, lk, 3]), causal(lk, lk)] });
    }
    {
      const { q, k } = hugeLogits(rng, [2, 2], 4, 4, [1, -1]);
      cases.push({ name: "huge logits under a causal mask, rank 4", args: [q, k, normal(rng, [2, 2, 4, 3]), causal(4, 4)] });
    }
    for (let i = 0; i < 8; i++) {
      const rank = rng.int(2, 4);
      const lead = rng.array(rank - 2, () => rng.int(1, 3));
      const lq = rng.int(1, 9), lk = rng.int(1, 9), d = rng.int(1, 12), dv = rng.int(1, 6);
      const kind = rng.pick(["none", "none", "[Lq, Lk]", "full", "[1, Lk]"] as const);
      const args: Value[] = qkv(rng, lead, lq, lk, d, dv, rng.float(0.5, 3));
      if (kind === "[Lq, Lk]") args.push(randomMask(rng, [lq, lk]));
      else if (kind === "full") args.push(randomMask(rng, [...lead, lq, lk]));
      else if (kind === "[1, Lk]") args.push(randomMask(rng, [1, lk]));
      const shape = [...lead, lq, d].join(", ");
      cases.push({ name: `random #${i + 1} (q [${shape}], Lk ${lk}, dv ${dv}, ${kind === "none" ? "no mask" : `mask ${kind}`})`, args });
    }
    cases.push({ name: "large: [2, 4, 128, 64] with a causal mask", args: [...qkv(rng, [2, 4], 128, 128, 64, 64), causal(128, 128)] });
    return cases;
  },
  properties: [{ name: "small random inputs", arbitrary: smallCase, runs: 40 }],
  validateInput: (args) => {
    const [q, k, v, mask] = args;
    if (!isTensorValue(q) || !isTensorValue(k) || !isTensorValue(v)) return "q, k and v must be tensors.";
    const qs = q.$tensor.shape, ks = k.$tensor.shape, vs = v.$tensor.shape;
    const rank = qs.length;
    if (rank < 2 || rank > 4) return "q must have rank 2, 3 or 4.";
    if (ks.length !== rank || vs.length !== rank) return "q, k and v must have the same rank.";
    for (let i = 0; i < rank - 2; i++) {
      if (ks[i] !== qs[i] || vs[i] !== qs[i]) return "the leading (batch and head) dimensions of q, k and v must be equal.";
    }
    const lq = qs[rank - 2]!, d = qs[rank - 1]!, lk = ks[rank - 2]!;
    if (d < 1 || lq < 1 || lk < 1 || vs[rank - 1]! < 1) return "every dimension must be at least 1.";
    if (ks[rank - 1] !== d) return `k's last dimension must be d = ${d}, like q's.`;
    if (vs[rank - 2] !== lk) return `v must have Lk = ${lk} rows, like k.`;
    if (mask !== undefined && mask !== null) {
      if (!isTensorValue(mask)) return "mask must be a bool tensor.";
      const target = [...qs.slice(0, rank - 2), lq, lk];
      const ms = mask.$tensor.shape;
      if (ms.length > target.length) return `mask must broadcast to [${target.join(", ")}].`;
      for (let i = 1; i <= ms.length; i++) {
        const m = ms[ms.length - i]!, t = target[target.length - i]!;
        if (m !== 1 && m !== t) return `mask must broadcast to [${target.join(", ")}]; its shape is [${ms.join(", ")}].`;
      }
    }
    return null;
  },
});
