// accepted — a full sort of (distance, index) pairs per query and a Map of vote counts
export function knnClassify(trainX: number[][], trainY: number[], queries: number[][], k: number): number[] {
  return queries.map((q) => {
    const order = trainX
      .map((x, i) => ({ i, dist: x.reduce((s, v, j) => s + (v - q[j]!) ** 2, 0) }))
      .sort((a, b) => a.dist - b.dist || a.i - b.i);
    const votes = new Map<number, number>();
    for (const { i } of order.slice(0, k)) votes.set(trainY[i]!, (votes.get(trainY[i]!) ?? 0) + 1);
    let best = Infinity, bestVotes = -1;
    for (const [label, count] of votes) {
      if (count > bestVotes || (count === bestVotes && label < best)) {
        best = label;
        bestVotes = count;
      }
    }
    return best;
  });
}
