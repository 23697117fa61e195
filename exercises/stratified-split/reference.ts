// Two linear passes with a hash map per class: count every class, turn the counts into
// test quotas, then walk `order` and send each index to test while its class still has quota.
export function stratifiedSplit(labels: number[], testFraction: number, order: number[]): { train: number[]; test: number[] } {
  const quota = new Map<number, number>();
  for (const y of labels) quota.set(y, (quota.get(y) ?? 0) + 1);
  for (const [y, count] of quota) quota.set(y, Math.round(testFraction * count));
  const train: number[] = [], test: number[] = [];
  for (const i of order) {
    const y = labels[i]!;
    const left = quota.get(y)!;
    if (left > 0) {
      test.push(i);
      quota.set(y, left - 1);
    } else {
      train.push(i);
    }
  }
  return { train, test };
}
