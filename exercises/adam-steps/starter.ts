export interface AdamOptions {
  lr?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/**
 * Applies one Adam update per row of `grads` to the parameter vector `params` and
 * returns the parameters after every step. Defaults match tf.train.adam:
 * lr 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7.
 */
export function adam(params: number[], grads: number[][], options: AdamOptions = {}): number[][] {
  // Your code here.
  return [];
}
