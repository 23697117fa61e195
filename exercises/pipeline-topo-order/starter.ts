/**
 * Returns the order to run stages 0..n-1 so that for every [before, after] in `deps`,
 * `before` runs first; among all such orders, the one that always runs the
 * smallest-numbered ready stage next. Returns null when the dependencies have a cycle.
 */
export function pipelineOrder(n: number, deps: number[][]): number[] | null {
  // Your code here.
  return [];
}
