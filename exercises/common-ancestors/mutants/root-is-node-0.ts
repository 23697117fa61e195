// expect: wrong-answer — "the root need not be node 0": this one stops every walk at node 0, as if it were the root
export function commonAncestors(parent: number[], a: number, b: number): number[] {
  const ofA = new Set<number>();
  let x = a;
  for (; x > 0; x = parent[x]!) ofA.add(x);
  ofA.add(0);
  x = b;
  while (x > 0 && !ofA.has(x)) x = parent[x]!;
  const out: number[] = [];
  for (; x > 0; x = parent[x]!) out.push(x);
  out.push(0);
  return out;
}
