import type * as tfjs from "@tensorflow/tfjs";
import { defineChecks, exact, fc, type Rng, type TestCase } from "../../src/judge/kit";

const GRID = 256; // coordinates are multiples of 1/256
const SCORE_GRID = 1024; // scores are multiples of 1/1024

const coord = (rng: Rng, lo: number, hi: number) => rng.int(Math.ceil(lo * GRID), Math.floor(hi * GRID)) / GRID;
const score = (rng: Rng) => rng.int(0, SCORE_GRID) / SCORE_GRID;

/** A detector's output: a few objects, each with several jittered boxes, plus clutter. */
function detections(rng: Rng, objects: number, perObject: number, clutter: number): [number[][], number[]] {
  const boxes: number[][] = [], scores: number[] = [];
  for (let o = 0; o < objects; o++) {
    const h = coord(rng, 0.05, 0.3), w = coord(rng, 0.05, 0.3);
    const y = coord(rng, 0, 1 - h), x = coord(rng, 0, 1 - w);
    for (let k = 0; k < perObject; k++) {
      const j = () => rng.int(-6, 6) / GRID;
      const box = [y + j(), x + j(), y + h + j(), x + w + j()];
      // Some detectors emit corners in the other order.
      boxes.push(rng.bool(0.15) ? [box[2]!, box[3]!, box[0]!, box[1]!] : box);
      scores.push(score(rng));
    }
  }
  for (let c = 0; c < clutter; c++) {
    const y = coord(rng, 0, 0.9), x = coord(rng, 0, 0.9);
    boxes.push([y, x, y + coord(rng, 0, 0.1), x + coord(rng, 0, 0.1)]);
    scores.push(score(rng));
  }
  // Shuffle so that index order says nothing about objects.
  const order = rng.shuffle(boxes.map((_, i) => i));
  return [order.map((i) => boxes[i]!), order.map((i) => scores[i]!)];
}

const boxArb = fc.tuple(fc.nat(8), fc.nat(8), fc.nat(8), fc.nat(8));
const nmsArb = fc.array(fc.tuple(boxArb, fc.nat(8)), { maxLength: 10 }).chain((items) =>
  fc.tuple(
    fc.constant(items.map(([b]) => [...b])),
    fc.constant(items.map(([, s]) => s / 8)),
    fc.integer({ min: 0, max: 10 }),
    fc.constantFrom(0, 0.25, 1 / 3, 0.5, 0.7, 1),
    fc.constantFrom(-Infinity, 0, 0.5),
  ),
);

export default defineChecks({
  params: [{ name: "boxes" }, { name: "scores" }, { name: "maxOutputs" }, { name: "iouThreshold", optional: true }, { name: "scoreThreshold", optional: true }],
  check: exact(),
  expected: (tfLike, boxes, scores, maxOutputs, iouThreshold, scoreThreshold) => {
    const tf = tfLike as unknown as typeof tfjs;
    const b = boxes as number[][];
    const selected = tf.image.nonMaxSuppression(
      tf.tensor2d(b.flat(), [b.length, 4]),
      tf.tensor1d(scores as number[]),
      maxOutputs as number,
      (iouThreshold as number | undefined) ?? 0.5,
      (scoreThreshold as number | undefined) ?? -Infinity,
    );
    return Array.from(selected.dataSync());
  },
  examples: [
    { name: "an overlapping box is dropped", args: [[[0, 0, 1, 1], [0, 0.25, 1, 1.25], [0, 2, 1, 3]], [0.875, 0.75, 0.625], 3] },
    { name: "IoU equal to the threshold suppresses; ties by index", args: [[[0, 0, 2, 2], [0, 0, 2, 1]], [0.5, 0.5], 2, 0.5] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no boxes", args: [[], [], 5] },
      { name: "maxOutputs = 0", args: [[[0, 0, 1, 1]], [1], 0] },
      { name: "a single box", args: [[[0.25, 0.5, 0.75, 1]], [0.125], 1] },
      { name: "iouThreshold 0 keeps only one box, even among disjoint boxes", args: [[[0, 0, 1, 1], [5, 5, 6, 6], [9, 9, 10, 10]], [0.25, 0.5, 0.75], 3, 0] },
      { name: "iouThreshold 1 drops only exact duplicates", args: [[[0, 0, 4, 4], [0, 0, 4, 4], [0, 0, 4, 3], [1, 1, 3, 3]], [0.5, 0.75, 0.625, 0.25], 4, 1] },
      { name: "corners given in the other order", args: [[[1, 1, 0, 0], [0, 0.125, 1, 1.125], [1, 3, 0, 2]], [0.75, 0.5, 0.25], 3, 0.5] },
      { name: "mixed corner order within one box", args: [[[0, 1, 1, 0], [1, 0, 0, 1]], [0.5, 0.25], 2, 0.75] },
      { name: "zero-area boxes never overlap", args: [[[0, 0, 0, 2], [0, 0, 0, 2], [1, 1, 2, 1], [0, 0, 2, 2]], [0.75, 0.5, 0.25, 0.125], 4, 0.5] },
      { name: "a score equal to the score threshold is not a candidate", args: [[[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5]], [0.5, 0.25, 0.125], 3, 0.5, 0.25] },
      { name: "every score below the threshold", args: [[[0, 0, 1, 1], [2, 2, 3, 3]], [0.25, 0.125], 2, 0.5, 0.5] },
      { name: "equal scores: lower index first, and it suppresses the later one", args: [[[0, 0, 2, 2], [5, 5, 6, 6], [0, 0, 2, 1.75], [5, 5, 6, 6]], [0.5, 0.5, 0.5, 0.5], 4, 0.5] },
      { name: "a suppressed box does not suppress (chain of three)", args: [[[0, 0, 1, 2], [0, 1, 1, 3], [0, 2, 1, 4]], [0.75, 0.625, 0.5], 3, 0.3] },
      { name: "maxOutputs cuts the list", args: [[[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5], [6, 6, 7, 7]], [0.25, 0.75, 0.5, 1], 2, 0.5] },
      { name: "negative scores and coordinates", args: [[[-2, -2, 0, 0], [-2, -1.5, 0, 0.5], [1, 1, 2, 2]], [-0.25, -0.5, -1], 3, 0.5] },
      { name: "IoU just below the threshold is kept (7/15 < 0.5)", args: [[[0, 0, 1, 10], [0, 3, 1, 15]], [0.75, 0.5], 2, 0.5] },
    ];
    for (let i = 0; i < 5; i++) {
      const [boxes, scores] = detections(rng, rng.int(1, 6), rng.int(2, 8), rng.int(0, 10));
      const thr = rng.pick([0.3, 0.45, 0.5, 0.6, 0.7]);
      const st = rng.bool(0.5) ? rng.pick([0.25, 0.5]) : undefined;
      cases.push({
        name: `random detections #${i + 1} (${boxes.length} boxes, IoU threshold ${thr}${st === undefined ? "" : `, score threshold ${st}`})`,
        args: st === undefined ? [boxes, scores, rng.int(3, 40), thr] : [boxes, scores, rng.int(3, 40), thr, st],
      });
    }
    const [big, bigScores] = detections(rng, 600, 30, 2_000);
    cases.push({ name: `${big.length.toLocaleString("en-US")} boxes from 600 objects and clutter, maxOutputs 500`, args: [big, bigScores, 500, 0.5] });
    return cases;
  },
  properties: [{ name: "random small box sets on an integer grid", arbitrary: nmsArb, runs: 120 }],
  validateInput: ([boxes, scores, maxOutputs, iouThreshold, scoreThreshold]) => {
    if (!Array.isArray(boxes) || boxes.some((b) => !Array.isArray(b) || b.length !== 4 || b.some((x: unknown) => typeof x !== "number"))) {
      return "boxes must be an n x 4 array of [y1, x1, y2, x2].";
    }
    if (!Array.isArray(scores) || scores.length !== boxes.length || scores.some((s) => typeof s !== "number")) return "scores must hold one number per box.";
    if (!Number.isInteger(maxOutputs) || (maxOutputs as number) < 0) return "maxOutputs must be a non-negative integer.";
    if (iouThreshold !== undefined && !(typeof iouThreshold === "number" && iouThreshold >= 0 && iouThreshold <= 1)) return "iouThreshold must be in [0, 1].";
    if (scoreThreshold !== undefined && typeof scoreThreshold !== "number") return "scoreThreshold must be a number.";
    return null;
  },
});
