// accepted — collects a's ancestors in a Set, walks up from b to the first one in it, then follows parents to the root
export function commonAncestors(parent: number[], a: number, b: number): number[] {
  const ofA = new Set<number>();
  for (let x = a; x !== -1; x = parent[x]!) ofA.add(x);
  let x = b;
  while (!ofA.has(x)) x = parent[x]!;
  const out: number[] = [];
  for (; x !== -1; x = parent[x]!) out.push(x);
  return out;
}
