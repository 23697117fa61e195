export interface NaiveBayesResult {
  /** The distinct training labels, ascending. */
  classes: number[];
  /** logProba[i][c]: log posterior probability of classes[c] for test point i. */
  logProba: number[][];
  /** The most probable class for each test point (ties: the smaller class). */
  labels: number[];
}

/**
 * Fits Gaussian naive Bayes on (trainX, trainY) and scores testX. Per class and feature:
 * the mean and the population variance, plus epsilon = varSmoothing (default 1e-9) times
 * the largest population variance of any feature over the whole training set.
 */
export function gaussianNaiveBayes(trainX: number[][], trainY: number[], testX: number[][], varSmoothing?: number): NaiveBayesResult {
  // Your code here.
  return { classes: [], logProba: testX.map(() => []), labels: testX.map(() => 0) };
}
