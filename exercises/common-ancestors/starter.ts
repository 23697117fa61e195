/**
 * Returns every node that is an ancestor of both `a` and `b` (a node is its own ancestor),
 * from the lowest common ancestor up to the root. parent[i] is i's parent, -1 for the root.
 */
export function commonAncestors(parent: number[], a: number, b: number): number[] {
  // Your code here.
  return [];
}
