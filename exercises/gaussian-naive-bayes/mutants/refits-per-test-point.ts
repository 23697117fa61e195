// expect: time-limit-exceeded — refits every class's mean and variance for each test point, O(m n d) instead of O(n d + m c d)
interface Stats { count: number; mean: number[]; m2: number[] }

function welford(rows: number[][], d: number): Stats {
  const s: Stats = { count: 0, mean: new Array(d).fill(0), m2: new Array(d).fill(0) };
  for (const x of rows) {
    s.count++;
    for (let j = 0; j < d; j++) {
      const delta = x[j]! - s.mean[j]!;
      s.mean[j]! += delta / s.count;
      s.m2[j]! += delta * (x[j]! - s.mean[j]!);
    }
  }
  return s;
}

export function gaussianNaiveBayes(
  trainX: number[][],
  trainY: number[],
  testX: number[][],
  varSmoothing: number = 1e-9,
): { classes: number[]; logProba: number[][]; labels: number[] } {
  const n = trainX.length;
  const d = trainX[0]!.length;
  const byClass = new Map<number, number[][]>();
  trainY.forEach((label, i) => {
    if (!byClass.has(label)) byClass.set(label, []);
    byClass.get(label)!.push(trainX[i]!);
  });
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  const all = welford(trainX, d);
  const epsilon = varSmoothing * Math.max(...all.m2.map((v) => v / n));
  const fit = () => classes.map((c) => {
    const s = welford(byClass.get(c)!, d);
    return { logPrior: Math.log(s.count / n), mean: s.mean, variance: s.m2.map((v) => v / s.count + epsilon) };
  });

  const logProba: number[][] = [];
  const labels: number[] = [];
  for (const x of testX) {
    const models = fit();
    const joints = models.map((m) => {
      let joint = m.logPrior;
      for (let j = 0; j < d; j++) {
        const v = m.variance[j]!;
        joint += -0.5 * Math.log(2 * Math.PI * v) - (x[j]! - m.mean[j]!) ** 2 / (2 * v);
      }
      return joint;
    });
    const top = Math.max(...joints);
    const logNorm = top + Math.log(joints.reduce((acc, jc) => acc + Math.exp(jc - top), 0));
    logProba.push(joints.map((jc) => jc - logNorm));
    labels.push(classes[joints.indexOf(top)]!);
  }
  return { classes, logProba, labels };
}
