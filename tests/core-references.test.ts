// Independent cross-checks of the core exercises' reference solutions: each reference is
// compared with a second, differently written computation (tfjs ops, float64 loops or a
// brute-force walk) on the exercise's own test cases and on extra random inputs. Also
// checks that every test case honours the exercise's input contract.
import { beforeAll, describe, expect, it } from "vitest";
import attentionChecks from "../exercises/attention/checks";
import { attention } from "../exercises/attention/reference";
import ancestorsChecks from "../exercises/common-ancestors/checks";
import { commonAncestors } from "../exercises/common-ancestors/reference";
import conv2dChecks from "../exercises/conv2d/checks";
import { conv2d } from "../exercises/conv2d/reference";
import kmeansChecks from "../exercises/kmeans/checks";
import { kmeans } from "../exercises/kmeans/reference";
import type { ExerciseChecks, TestCase } from "../src/judge/kit";
import { hashSeed, Rng } from "../src/judge/rng";
import type { TensorValue, Value } from "../src/judge/types";

type Tf = typeof import("@tensorflow/tfjs");
let tf: Tf;

beforeAll(async () => {
  tf = await import("@tensorflow/tfjs");
  tf.env().set("PROD", true);
  await tf.setBackend("cpu");
  await tf.ready();
});

/** Every case Submit runs (examples and hidden), built exactly as the judge builds them. */
function allCases(id: string, checks: ExerciseChecks): TestCase[] {
  return [...checks.examples, ...checks.hidden({ rng: new Rng(hashSeed(id)) })];
}

function expectClose(got: number[], want: number[], atol: number, rtol: number, label: string): void {
  expect(got.length, `${label}: length`).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    const ok = Math.abs(got[i]! - want[i]!) <= atol + rtol * Math.abs(want[i]!);
    if (!ok) expect.fail(`${label}: at flat index ${i} got ${got[i]}, want ${want[i]}`);
  }
}

describe.each([
  ["attention", attentionChecks],
  ["common-ancestors", ancestorsChecks],
  ["conv2d", conv2dChecks],
  ["kmeans", kmeansChecks],
] as const)("%s test cases", (id, checks) => {
  it("all honour the input contract", () => {
    for (const c of allCases(id, checks)) expect(checks.validateInput!(c.args), c.name).toBeNull();
  });
});

// ------------------------------------------------------------------ conv2d

/** The same convolution through tf.conv2d on the cpu backend, with the padding done by tf.pad. */
function conv2dWithTf(image: number[][], kernel: number[][], stride: number, padding: "valid" | "same"): number[][] {
  const H = image.length, W = image[0]!.length, kH = kernel.length, kW = kernel[0]!.length;
  let top = 0, bottom = 0, left = 0, right = 0;
  if (padding === "same") {
    const padH = Math.max((Math.ceil(H / stride) - 1) * stride + kH - H, 0);
    const padW = Math.max((Math.ceil(W / stride) - 1) * stride + kW - W, 0);
    top = Math.floor(padH / 2); bottom = padH - top;
    left = Math.floor(padW / 2); right = padW - left;
  } else if (H < kH || W < kW) {
    return [];
  }
  return tf.tidy(() => {
    const x = tf.pad(tf.tensor4d(image.flat(), [1, H, W, 1]), [[0, 0], [top, bottom], [left, right], [0, 0]]);
    const out = tf.conv2d(x, tf.tensor4d(kernel.flat(), [kH, kW, 1, 1]), stride, "valid");
    return (out.squeeze([0, 3]).arraySync() as number[][]);
  });
}

describe("conv2d reference", () => {
  it("matches tf.conv2d with explicit zero padding on every test case", () => {
    for (const c of allCases("conv2d", conv2dChecks)) {
      const [image, kernel, options] = c.args as [number[][], number[][], { stride?: number; padding?: "valid" | "same" } | undefined];
      const got = conv2d(image, kernel, options);
      const want = conv2dWithTf(image, kernel, options?.stride ?? 1, options?.padding ?? "valid");
      expect(got.length, c.name).toBe(want.length);
      expectClose(got.flat(), want.flat(), 1e-4, 1e-4, c.name);
    }
  });

  it("matches tf.conv2d (explicit padding, and tfjs's own \"same\" on the cpu backend) on random inputs", () => {
    const rng = new Rng(20240611);
    for (let t = 0; t < 300; t++) {
      const H = rng.int(1, 12), W = rng.int(1, 12), kH = rng.int(1, 5), kW = rng.int(1, 5), stride = rng.int(1, 4);
      const padding = rng.pick(["valid", "same"] as const);
      const image = rng.matrix(H, W), kernel = rng.matrix(kH, kW);
      const got = conv2d(image, kernel, { stride, padding });
      const label = `${H}x${W} image, ${kH}x${kW} kernel, stride ${stride}, ${padding}`;
      expectClose(got.flat(), conv2dWithTf(image, kernel, stride, padding).flat(), 1e-4, 1e-4, label);
      if (padding === "same") {
        const own = tf.tidy(() =>
          (tf.conv2d(tf.tensor4d(image.flat(), [1, H, W, 1]), tf.tensor4d(kernel.flat(), [kH, kW, 1, 1]), stride, "same").squeeze([0, 3]).arraySync() as number[][]),
        );
        expect(got.length, label).toBe(own.length);
        expectClose(got.flat(), own.flat(), 1e-4, 1e-4, `${label} (tfjs "same")`);
      }
    }
  });
});

// ------------------------------------------------------------------ attention

/** Attention in float64 loops over flat arrays, with the mask broadcast by index arithmetic. */
function attentionF64(q: TensorValue, k: TensorValue, v: TensorValue, mask?: TensorValue): number[] {
  const qs = q.$tensor.shape, r = qs.length;
  const lq = qs[r - 2]!, d = qs[r - 1]!, lk = k.$tensor.shape[r - 2]!, dv = v.$tensor.shape[r - 1]!;
  const lead = qs.slice(0, r - 2);
  const target = [...lead, lq, lk];
  const batches = lead.reduce((a, b) => a * b, 1);
  const allowed = (flat: number): boolean => {
    if (!mask) return true;
    const ms = mask.$tensor.shape;
    let index = 0, stride = 1;
    for (let a = target.length - 1, rest = flat; a >= 0; a--) {
      const coord = rest % target[a]!;
      rest = Math.floor(rest / target[a]!);
      const m = a - (target.length - ms.length);
      if (m >= 0) {
        index += (ms[m] === 1 ? 0 : coord) * stride;
        stride *= ms[m]!;
      }
    }
    return mask.$tensor.values[index] !== 0;
  };
  const Q = q.$tensor.values, K = k.$tensor.values, V = v.$tensor.values;
  const out = new Array<number>(batches * lq * dv).fill(0);
  for (let b = 0; b < batches; b++) {
    for (let i = 0; i < lq; i++) {
      const s: number[] = [];
      for (let j = 0; j < lk; j++) {
        if (!allowed((b * lq + i) * lk + j)) { s.push(-Infinity); continue; }
        let dot = 0;
        for (let t = 0; t < d; t++) dot += Q[(b * lq + i) * d + t]! * K[(b * lk + j) * d + t]!;
        s.push(dot / Math.sqrt(d));
      }
      const max = Math.max(...s);
      if (max === -Infinity) continue;
      const e = s.map((x) => Math.exp(x - max));
      const z = e.reduce((a, x) => a + x, 0);
      for (let j = 0; j < lk; j++) {
        for (let c = 0; c < dv; c++) out[(b * lq + i) * dv + c]! += (e[j]! / z) * V[(b * lk + j) * dv + c]!;
      }
    }
  }
  return out;
}

describe("attention reference", () => {
  const live = (t: TensorValue) => tf.tensor(t.$tensor.values, t.$tensor.shape, t.$tensor.dtype);

  it("matches float64 loops on every test case", () => {
    for (const c of allCases("attention", attentionChecks)) {
      const args = c.args as TensorValue[];
      const got = tf.tidy(() => {
        const out = attention(live(args[0]!), live(args[1]!), live(args[2]!), args[3] ? live(args[3]) : undefined);
        return { shape: out.shape, values: Array.from(out.dataSync()) };
      });
      const r = args[0]!.$tensor.shape.length;
      expect(got.shape, c.name).toEqual([...args[0]!.$tensor.shape.slice(0, r - 1), args[2]!.$tensor.shape[r - 1]]);
      expect(got.values.every(Number.isFinite), `${c.name}: finite`).toBe(true);
      expectClose(got.values, attentionF64(args[0]!, args[1]!, args[2]!, args[3]), 1e-4, 1e-3, c.name);
    }
  });

  it("matches tf.softmax over -Infinity-filled logits (NaN rows zeroed) on random inputs", () => {
    const rng = new Rng(7);
    for (let t = 0; t < 60; t++) {
      const lead = rng.array(rng.int(0, 2), () => rng.int(1, 3));
      const lq = rng.int(1, 6), lk = rng.int(1, 6), d = rng.int(1, 8), dv = rng.int(1, 5);
      const maskShape = rng.pick([[...lead, lq, lk], [lq, lk], [1, lk], [lk]]);
      const [got, want] = tf.tidy(() => {
        const q = tf.randomNormal([...lead, lq, d], 0, 2, "float32", t);
        const k = tf.randomNormal([...lead, lk, d], 0, 2, "float32", t + 1000);
        const v = tf.randomNormal([...lead, lk, dv], 0, 1, "float32", t + 2000);
        const mask = tf.less(tf.randomUniform(maskShape, 0, 1, "float32", t + 3000), 0.6);
        const scores = tf.where(tf.broadcastTo(mask, [...lead, lq, lk]), tf.matMul(q, k, false, true).div(Math.sqrt(d)), -Infinity);
        const w = tf.softmax(scores);
        const weights = tf.where(tf.isNaN(w), tf.zerosLike(w), w);
        return [attention(q, k, v, mask).dataSync(), tf.matMul(weights, v).dataSync()];
      });
      expectClose(Array.from(got), Array.from(want), 1e-5, 1e-4, `random #${t}`);
    }
  });
});

// ------------------------------------------------------------------ common-ancestors

/** The ancestors of a as a set, then b's ancestors filtered through it. */
function commonAncestorsBrute(parent: number[], a: number, b: number): number[] {
  const ofA = new Set<number>();
  for (let x = a; x !== -1; x = parent[x]!) ofA.add(x);
  const out: number[] = [];
  for (let x = b; x !== -1; x = parent[x]!) if (ofA.has(x)) out.push(x);
  return out;
}

describe("common-ancestors reference", () => {
  it("matches a brute-force walk on every test case", () => {
    for (const c of allCases("common-ancestors", ancestorsChecks)) {
      const [parent, a, b] = c.args as [number[], number, number];
      expect(commonAncestors(parent, a, b), c.name).toEqual(commonAncestorsBrute(parent, a, b));
    }
  });

  it("matches a brute-force walk on every pair of nodes of random trees", () => {
    const rng = new Rng(99);
    for (let t = 0; t < 40; t++) {
      const n = rng.int(1, 25);
      const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
      const parent = new Array<number>(n).fill(-1);
      for (let i = 1; i < n; i++) parent[order[i]!] = order[rng.int(0, i - 1)]!;
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) expect(commonAncestors(parent, a, b)).toEqual(commonAncestorsBrute(parent, a, b));
    }
  });
});

// ------------------------------------------------------------------ kmeans

/** Lloyd's algorithm written plainly on nested arrays. */
function kmeansDirect(points: number[][], k: number, init: number[][], maxIter = 100): { centroids: number[][]; labels: number[] } {
  let centroids = init.map((c) => [...c]);
  const dist = (p: number[], c: number[]) => {
    let s = 0;
    for (let j = 0; j < p.length; j++) s += (p[j]! - c[j]!) ** 2;
    return s;
  };
  const nearest = (p: number[]) => {
    const ds = centroids.map((c) => dist(p, c));
    return ds.indexOf(Math.min(...ds));
  };
  let labels: number[] | null = null;
  for (let it = 0; it < maxIter; it++) {
    const next = points.map(nearest);
    if (labels && next.every((l, i) => l === labels![i])) break;
    labels = next;
    centroids = centroids.map((c, j) => {
      const members = points.filter((_, i) => labels![i] === j);
      return members.length ? c.map((_, t) => members.reduce((s, p) => s + p[t]!, 0) / members.length) : c;
    });
  }
  return { centroids, labels: points.map(nearest) };
}

describe("kmeans reference", () => {
  it("matches a direct implementation on every test case with init", () => {
    for (const c of allCases("kmeans", kmeansChecks)) {
      const [points, k, options] = c.args as [number[][], number, { init?: number[][]; maxIter?: number } | undefined];
      if (!options?.init || points.length > 5000) continue;
      const got = kmeans(points, k, options);
      const want = kmeansDirect(points, k, options.init, options.maxIter);
      expect(got.labels, c.name).toEqual(want.labels);
      expectClose(got.centroids.flat(), want.centroids.flat(), 1e-9, 0, c.name);
    }
  });

  it("matches a direct implementation on random runs", () => {
    const rng = new Rng(3);
    for (let t = 0; t < 60; t++) {
      const n = rng.int(1, 60), d = rng.int(1, 4), k = rng.int(1, Math.min(n, 6));
      const points = rng.matrix(n, d, -5, 5);
      const init = rng.matrix(k, d, -5, 5);
      const maxIter = rng.pick([undefined, 1, 2, 3, 7]);
      const got = kmeans(points, k, { init, maxIter });
      const want = kmeansDirect(points, k, init, maxIter);
      expect(got.labels, `random #${t}`).toEqual(want.labels);
      expectClose(got.centroids.flat(), want.centroids.flat(), 1e-9, 0, `random #${t}`);
    }
  });

  it("reaches a fixed point without init, and the fixed-point check accepts it", () => {
    const fixedPoint = kmeansChecks.examples[1]!.check!;
    for (const c of allCases("kmeans", kmeansChecks)) {
      if (!c.check) continue;
      const got = kmeans(...(c.args as [number[][], number]));
      expect(fixedPoint(got as Value, got as Value, c.args), c.name).toEqual({ pass: true });
    }
  });

  it("the fixed-point check rejects a wrong tie, a wrong label and a centroid that is not a mean", () => {
    const fixedPoint = kmeansChecks.examples[1]!.check!;
    const points = [[0], [1], [2], [10]];
    const args: Value[] = [points, 2];
    expect(fixedPoint({ centroids: [[1], [10]], labels: [0, 0, 0, 1] }, null, args).pass).toBe(true);
    expect(fixedPoint({ centroids: [[1], [1]], labels: [1, 1, 1, 1] }, null, args)).toMatchObject({ pass: false, message: expect.stringMatching(/ties go to the lowest index/) });
    expect(fixedPoint({ centroids: [[1], [10]], labels: [0, 0, 1, 1] }, null, args)).toMatchObject({ pass: false, message: expect.stringMatching(/nearer to centroid 0/) });
    expect(fixedPoint({ centroids: [[0.5], [10]], labels: [0, 0, 0, 1] }, null, args)).toMatchObject({ pass: false, message: expect.stringMatching(/not a fixed point/) });
    expect(fixedPoint({ centroids: [[1]], labels: [0, 0, 0, 0] }, null, args)).toMatchObject({ pass: false, message: expect.stringMatching(/k = 2 rows/) });
  });
});
