// expect: wrong-answer — defaults scoreThreshold to 0 instead of -Infinity, so boxes with negative scores are dropped when the option is left out
export function nonMaxSuppression(
  boxes: number[][], scores: number[], maxOutputs: number,
  iouThreshold = 0.5, scoreThreshold = 0,
): number[] {
  const norm = boxes.map(([y1, x1, y2, x2]) => {
    const top = Math.min(y1!, y2!), bottom = Math.max(y1!, y2!);
    const left = Math.min(x1!, x2!), right = Math.max(x1!, x2!);
    return { top, bottom, left, right, area: (bottom - top) * (right - left) };
  });
  const iou = (i: number, j: number) => {
    const a = norm[i]!, b = norm[j]!;
    if (a.area <= 0 || b.area <= 0) return 0;
    const h = Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    const w = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
    return (h * w) / (a.area + b.area - h * w);
  };
  const order = scores.map((_, i) => i).filter((i) => scores[i]! > scoreThreshold);
  order.sort((a, b) => (scores[a] === scores[b] ? a - b : scores[b]! - scores[a]!));
  const suppressed = new Uint8Array(order.length);
  const kept: number[] = [];
  for (let p = 0; p < order.length && kept.length < maxOutputs; p++) {
    if (suppressed[p]) continue;
    kept.push(order[p]!);
    if (kept.length === maxOutputs) break;
    for (let q = p + 1; q < order.length; q++) {
      if (!suppressed[q] && iou(order[p]!, order[q]!) >= iouThreshold) suppressed[q] = 1;
    }
  }
  return kept;
}
