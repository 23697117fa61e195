import { closeTo, defineChecks, fc, isTensorValue, Rng, tensorFromFlat, type TestCase, type Value } from "../../src/judge/kit";

interface Raw {
  x: number[];
  wq: number[];
  wk: number[];
  wv: number[];
  wo: number[];
}

function rawCase(rng: Rng, batch: number, seq: number, dModel: number, xScale = 1): Raw {
  const w = () => rng.array(dModel * dModel, () => rng.normal(0, 1 / Math.sqrt(dModel)));
  return { x: rng.array(batch * seq * dModel, () => rng.normal(0, xScale)), wq: w(), wk: w(), wv: w(), wo: w() };
}

function toArgs(r: Raw, batch: number, seq: number, dModel: number, numHeads: number): Value[] {
  const sq = [dModel, dModel];
  return [tensorFromFlat(r.x, [batch, seq, dModel]), tensorFromFlat(r.wq, sq), tensorFromFlat(r.wk, sq), tensorFromFlat(r.wv, sq), tensorFromFlat(r.wo, sq), numHeads];
}

function randomCase(rng: Rng, batch: number, seq: number, dModel: number, numHeads: number, xScale = 1): Value[] {
  return toArgs(rawCase(rng, batch, seq, dModel, xScale), batch, seq, dModel, numHeads);
}

/**
 * The scaled causal logits of every (batch, head, query) row, in double precision: the
 * smallest gap between a row's two largest visible logits, and the largest |logit|. Used
 * only to pick inputs, never to compute expected values.
 */
function logitStats(r: Raw, batch: number, seq: number, dModel: number, numHeads: number): { minGap: number; maxAbs: number } {
  const dh = dModel / numHeads;
  const project = (w: number[]) => {
    const out = new Float64Array(batch * seq * dModel);
    for (let row = 0; row < batch * seq; row++)
      for (let j = 0; j < dModel; j++) {
        let s = 0;
        for (let d = 0; d < dModel; d++) s += Math.fround(r.x[row * dModel + d]!) * Math.fround(w[d * dModel + j]!);
        out[row * dModel + j] = s;
      }
    return out;
  };
  const q = project(r.wq), k = project(r.wk);
  let minGap = Infinity, maxAbs = 0;
  for (let b = 0; b < batch; b++)
    for (let h = 0; h < numHeads; h++)
      for (let t = 0; t < seq; t++) {
        const logits: number[] = [];
        for (let s = 0; s <= t; s++) {
          let dot = 0;
          for (let d = 0; d < dh; d++) dot += q[(b * seq + t) * dModel + h * dh + d]! * k[(b * seq + s) * dModel + h * dh + d]!;
          logits.push(dot / Math.sqrt(dh));
          maxAbs = Math.max(maxAbs, Math.abs(dot / Math.sqrt(dh)));
        }
        logits.sort((a, c) => c - a);
        if (logits.length > 1) minGap = Math.min(minGap, logits[0]! - logits[1]!);
      }
  return { minGap, maxAbs };
}

/**
 * Logits around 1e4: the softmax must not overflow. Inputs are drawn until the two largest
 * visible logits of every row are at least 20 apart, so the attention is one-hot and float32
 * rounding in the logits (about 1e-3 at that size) cannot change the answer.
 */
function hugeLogitCase(rng: Rng, batch: number, seq: number, dModel: number, numHeads: number): Value[] {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const r = rawCase(rng, batch, seq, dModel, 100);
    const { minGap, maxAbs } = logitStats(r, batch, seq, dModel, numHeads);
    if (minGap >= 20 && maxAbs >= 5000) return toArgs(r, batch, seq, dModel, numHeads);
  }
  throw new Error("no well-separated input with logits around 1e4 found");
}

/** The second half of the sequence is 50 times larger: attending to the future would be obvious. */
function heavyFutureCase(rng: Rng, seq: number, dModel: number, numHeads: number): Value[] {
  const r = rawCase(rng, 1, seq, dModel);
  for (let i = Math.floor(seq / 2) * dModel; i < seq * dModel; i++) r.x[i] = r.x[i]! * 50;
  return toArgs(r, 1, seq, dModel, numHeads);
}

const smallCase = fc
  .record({ batch: fc.integer({ min: 1, max: 2 }), seq: fc.integer({ min: 1, max: 5 }), dh: fc.integer({ min: 1, max: 3 }), numHeads: fc.integer({ min: 1, max: 3 }) })
  .chain(({ batch, seq, dh, numHeads }) => {
    const d = dh * numHeads;
    const grid = (n: number) => fc.array(fc.integer({ min: -8, max: 8 }), { minLength: n, maxLength: n }).map((a) => a.map((v) => v / 4));
    return fc.tuple(grid(batch * seq * d), grid(d * d), grid(d * d), grid(d * d), grid(d * d)).map(([x, wq, wk, wv, wo]) =>
      toArgs({ x, wq, wk, wv, wo }, batch, seq, d, numHeads),
    );
  });

export default defineChecks({
  params: [
    { name: "x", tensor: true },
    { name: "wq", tensor: true },
    { name: "wk", tensor: true },
    { name: "wv", tensor: true },
    { name: "wo", tensor: true },
    { name: "numHeads" },
  ],
  check: closeTo({ atol: 1e-4, rtol: 1e-3 }),
  examples: [
    {
      name: "one sequence of 3 tokens, D = 4, 2 heads, identity projections",
      args: [
        tensorFromFlat([1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0], [1, 3, 4]),
        tensorFromFlat([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], [4, 4]),
        tensorFromFlat([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], [4, 4]),
        tensorFromFlat([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], [4, 4]),
        tensorFromFlat([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], [4, 4]),
        2,
      ],
    },
    { name: "a batch of 2 sequences of 4 tokens, D = 6, 3 heads", args: toArgs(rawCase(new Rng(11), 2, 4, 6), 2, 4, 6, 3) },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "a single token attends only to itself", args: randomCase(rng, 2, 1, 8, 2) },
      { name: "one head (dh = D)", args: randomCase(rng, 2, 5, 6, 1) },
      { name: "as many heads as features (dh = 1)", args: randomCase(rng, 1, 6, 4, 4) },
      { name: "batch of one, 8 tokens, 4 heads", args: randomCase(rng, 1, 8, 8, 4) },
      { name: "large inputs: logits around 1e4 (stable softmax)", args: hugeLogitCase(rng, 2, 5, 8, 2) },
      { name: "sharp attention: logits around 100", args: randomCase(rng, 2, 6, 8, 2, 10) },
      { name: "future tokens are huge: the mask must hide them", args: heavyFutureCase(rng, 6, 4, 2) },
    ];
    const dims: [number, number][] = [[4, 2], [6, 3], [8, 2], [12, 4], [16, 4], [12, 2], [9, 3]];
    for (let i = 0; i < 6; i++) {
      const [d, heads] = rng.pick(dims);
      const batch = rng.int(1, 3), seq = rng.int(2, 12);
      cases.push({ name: `random #${i + 1} (B = ${batch}, T = ${seq}, D = ${d}, ${heads} heads)`, args: randomCase(rng, batch, seq, d, heads, rng.pick([0.5, 1, 2])) });
    }
    cases.push({ name: "large: B = 4, T = 64, D = 64, 8 heads", args: randomCase(rng, 4, 64, 64, 8) });
    return cases;
  },
  properties: [{ name: "small sequences, any head split", arbitrary: smallCase, runs: 30 }],
  validateInput: (args) => {
    const [x, wq, wk, wv, wo, numHeads] = args;
    if (!isTensorValue(x) || x.$tensor.shape.length !== 3) return "x must be a tensor of shape [B, T, D].";
    const d = x.$tensor.shape[2]!;
    for (const [name, w] of [["wq", wq], ["wk", wk], ["wv", wv], ["wo", wo]] as const) {
      if (!isTensorValue(w) || w.$tensor.shape.join() !== `${d},${d}`) return `${name} must have shape [${d}, ${d}].`;
    }
    if (!Number.isInteger(numHeads) || (numHeads as number) < 1 || d % (numHeads as number) !== 0) return `numHeads must be a positive integer that divides D = ${d}.`;
    return null;
  },
});
