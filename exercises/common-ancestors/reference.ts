// Mark every node on the path from `a` to the root, walk up from `b` to the first marked
// node (the lowest common ancestor), then read the path from there to the root.
// O(depth) time after an O(n) mark array, and no recursion.
export function commonAncestors(parent: number[], a: number, b: number): number[] {
  const onPathOfA = new Uint8Array(parent.length);
  for (let x = a; x !== -1; x = parent[x]!) onPathOfA[x] = 1;
  let lowest = b;
  while (!onPathOfA[lowest]) lowest = parent[lowest]!;
  const out: number[] = [];
  for (let x = lowest; x !== -1; x = parent[x]!) out.push(x);
  return out;
}
