// expect: wrong-answer — defaults varSmoothing to 1e-8 instead of 1e-9
export interface NaiveBayesResult {
  classes: number[];
  logProba: number[][];
  labels: number[];
}

// Training: two passes per class (means, then squared deviations), O(n d). Scoring: the
// joint log-likelihood of each class, O(m c d), normalised with a log-sum-exp shifted by
// the row maximum so that far-away points (joints around -1e9) do not underflow to -Infinity.
export function gaussianNaiveBayes(trainX: number[][], trainY: number[], testX: number[][], varSmoothing = 1e-8): NaiveBayesResult {
  const n = trainX.length, d = trainX[0]!.length;
  const classes = [...new Set(trainY)].sort((a, b) => a - b);
  const c = classes.length;
  const index = new Map(classes.map((label, k) => [label, k]));

  const count = new Float64Array(c);
  const mean = new Float64Array(c * d), variance = new Float64Array(c * d);
  const allMean = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const k = index.get(trainY[i]!)!;
    count[k]!++;
    for (let j = 0; j < d; j++) {
      mean[k * d + j]! += trainX[i]![j]!;
      allMean[j]! += trainX[i]![j]!;
    }
  }
  for (let k = 0; k < c; k++) for (let j = 0; j < d; j++) mean[k * d + j]! /= count[k]!;
  for (let j = 0; j < d; j++) allMean[j]! /= n;

  const allVar = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const k = index.get(trainY[i]!)!;
    for (let j = 0; j < d; j++) {
      const dev = trainX[i]![j]! - mean[k * d + j]!;
      variance[k * d + j]! += dev * dev;
      const devAll = trainX[i]![j]! - allMean[j]!;
      allVar[j]! += devAll * devAll;
    }
  }
  let maxVar = 0;
  for (let j = 0; j < d; j++) maxVar = Math.max(maxVar, allVar[j]! / n);
  const epsilon = varSmoothing * maxVar;

  // Per class: log prior - ½ Σ_j log(2π σ²), the part of the joint that does not depend on x.
  const constant = new Float64Array(c);
  for (let k = 0; k < c; k++) {
    let s = Math.log(count[k]! / n);
    for (let j = 0; j < d; j++) {
      variance[k * d + j] = variance[k * d + j]! / count[k]! + epsilon;
      s -= 0.5 * Math.log(2 * Math.PI * variance[k * d + j]!);
    }
    constant[k] = s;
  }

  const logProba: number[][] = [], labels: number[] = [];
  const joint = new Float64Array(c);
  for (const x of testX) {
    let best = 0;
    for (let k = 0; k < c; k++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const dev = x[j]! - mean[k * d + j]!;
        s += (dev * dev) / variance[k * d + j]!;
      }
      joint[k] = constant[k]! - 0.5 * s;
      if (joint[k]! > joint[best]!) best = k;
    }
    const top = joint[best]!;
    let sum = 0;
    for (let k = 0; k < c; k++) sum += Math.exp(joint[k]! - top);
    const logNorm = top + Math.log(sum);
    logProba.push(Array.from(joint, (v) => v - logNorm));
    labels.push(classes[best]!);
  }
  return { classes, logProba, labels };
}
