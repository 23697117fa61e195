// accepted — counts per class in a plain object keyed by label, then one walk through order
export function stratifiedSplit(labels: number[], testFraction: number, order: number[]): { train: number[]; test: number[] } {
  const size: Record<string, number> = {};
  for (const c of labels) size[c] = (size[c] ?? 0) + 1;
  const taken: Record<string, number> = {};
  const train: number[] = [];
  const test: number[] = [];
  for (const i of order) {
    const c = labels[i]!;
    const quota = Math.round(testFraction * size[c]!);
    if ((taken[c] ?? 0) < quota) {
      taken[c] = (taken[c] ?? 0) + 1;
      test.push(i);
    } else {
      train.push(i);
    }
  }
  return { train, test };
}
