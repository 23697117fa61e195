export interface MomentumOptions {
  lr: number;
  momentum: number;
  steps: number;
  /** Nesterov momentum (default false). */
  nesterov?: boolean;
}

/**
 * Minimises f(θ) = ½ θᵀAθ − bᵀθ from theta0 with SGD with momentum and returns θ after
 * every step (steps rows).
 */
export function sgdMomentum(A: number[][], b: number[], theta0: number[], options: MomentumOptions): number[][] {
  // Your code here.
  return [];
}
