/** Intersection over union of two boxes [y1, x1, y2, x2] (corners in either order). */
function iou(a: number[], b: number[]): number {
  // Your code here.
  return 0;
}

/**
 * Greedy non-max suppression, as tf.image.nonMaxSuppression: returns the indices of the
 * kept boxes, highest score first.
 */
export function nonMaxSuppression(
  boxes: number[][],
  scores: number[],
  maxOutputs: number,
  iouThreshold = 0.5,
  scoreThreshold = -Infinity,
): number[] {
  // Your code here.
  return [];
}
