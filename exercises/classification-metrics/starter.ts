export interface Averages {
  precision: number;
  recall: number;
  f1: number;
}

export interface Metrics {
  /** confusion[t][p]: how many samples of true class t were predicted as p. */
  confusion: number[][];
  precision: number[];
  recall: number[];
  f1: number[];
  macro: Averages;
  micro: Averages;
}

/**
 * Per-class precision, recall and F1, their macro and micro averages, and the confusion
 * matrix, for labels in 0..numClasses-1. A ratio with a zero denominator is 0.
 */
export function classificationMetrics(yTrue: number[], yPred: number[], numClasses: number): Metrics {
  // Your code here.
  const zeros = new Array(numClasses).fill(0);
  return {
    confusion: zeros.map(() => [...zeros]),
    precision: [...zeros],
    recall: [...zeros],
    f1: [...zeros],
    macro: { precision: 0, recall: 0, f1: 0 },
    micro: { precision: 0, recall: 0, f1: 0 },
  };
}
