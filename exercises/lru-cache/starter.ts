export type Op = ["get", number] | ["put", number, number];

/**
 * Simulates a least-recently-used cache of `capacity` entries over `ops` and returns
 * one number per "get": the cached value, or -1 on a miss.
 */
export function lruCache(capacity: number, ops: Op[]): number[] {
  // Your code here.
  return [];
}
