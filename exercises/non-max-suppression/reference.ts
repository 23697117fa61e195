// Sort the candidates once (score descending, index ascending), then keep each one unless
// it overlaps an already kept box too much: O(n log n + n * kept).
export function nonMaxSuppression(
  boxes: number[][],
  scores: number[],
  maxOutputs: number,
  iouThreshold = 0.5,
  scoreThreshold = -Infinity,
): number[] {
  const n = boxes.length;
  const ymin = new Float64Array(n), xmin = new Float64Array(n), ymax = new Float64Array(n), xmax = new Float64Array(n), area = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [y1, x1, y2, x2] = boxes[i]! as [number, number, number, number];
    ymin[i] = Math.min(y1, y2); ymax[i] = Math.max(y1, y2);
    xmin[i] = Math.min(x1, x2); xmax[i] = Math.max(x1, x2);
    area[i] = (ymax[i]! - ymin[i]!) * (xmax[i]! - xmin[i]!);
  }
  const iou = (i: number, j: number): number => {
    if (area[i]! <= 0 || area[j]! <= 0) return 0;
    const h = Math.max(Math.min(ymax[i]!, ymax[j]!) - Math.max(ymin[i]!, ymin[j]!), 0);
    const w = Math.max(Math.min(xmax[i]!, xmax[j]!) - Math.max(xmin[i]!, xmin[j]!), 0);
    const inter = h * w;
    return inter / (area[i]! + area[j]! - inter);
  };

  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (scores[i]! > scoreThreshold) candidates.push(i);
  candidates.sort((a, b) => scores[b]! - scores[a]! || a - b);

  const kept: number[] = [];
  for (const c of candidates) {
    if (kept.length >= maxOutputs) break;
    let suppressed = false;
    for (let k = kept.length - 1; k >= 0; k--) {
      if (iou(c, kept[k]!) >= iouThreshold) { suppressed = true; break; }
    }
    if (!suppressed) kept.push(c);
  }
  return kept;
}
