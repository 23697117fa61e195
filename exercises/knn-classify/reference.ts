// Brute force, O(q · n · d): for each query, one pass over the training points keeps the
// k best (distance, index) pairs in a small sorted buffer. A new point enters only if it is
// strictly nearer than the current k-th, or equally near with a smaller index — which,
// scanning indices upwards, never happens — so the order is (distance, index).
export function knnClassify(trainX: number[][], trainY: number[], queries: number[][], k: number): number[] {
  const n = trainX.length;
  const bestDist = new Float64Array(k);
  const bestIdx = new Int32Array(k);
  const votes = new Map<number, number>();
  return queries.map((q) => {
    let size = 0;
    for (let i = 0; i < n; i++) {
      const x = trainX[i]!;
      let dist = 0;
      for (let j = 0; j < q.length; j++) {
        const diff = x[j]! - q[j]!;
        dist += diff * diff;
      }
      if (size === k && dist >= bestDist[k - 1]!) continue;
      let pos = size < k ? size++ : k - 1;
      while (pos > 0 && bestDist[pos - 1]! > dist) {
        bestDist[pos] = bestDist[pos - 1]!;
        bestIdx[pos] = bestIdx[pos - 1]!;
        pos--;
      }
      bestDist[pos] = dist;
      bestIdx[pos] = i;
    }
    votes.clear();
    let winner = 0, winnerVotes = 0;
    for (let r = 0; r < k; r++) {
      const label = trainY[bestIdx[r]!]!;
      const v = (votes.get(label) ?? 0) + 1;
      votes.set(label, v);
      if (v > winnerVotes || (v === winnerVotes && label < winner)) {
        winner = label;
        winnerVotes = v;
      }
    }
    return winner;
  });
}
