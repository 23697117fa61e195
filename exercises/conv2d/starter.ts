/**
 * Slides `kernel` over `image` (cross-correlation: the kernel is not flipped) and returns
 * the filtered image. `stride` defaults to 1 and `padding` to "valid".
 */
export function conv2d(
  image: number[][],
  kernel: number[][],
  options?: { stride?: number; padding?: "valid" | "same" },
): number[][] {
  // Your code here.
  return [];
}
