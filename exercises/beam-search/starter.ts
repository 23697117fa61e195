export interface Beam {
  tokens: number[];
  score: number;
}

/**
 * Decodes `steps` tokens after `start` with beam search of width `beamWidth`, where
 * logProbs[a][b] is the log-probability of token b following token a. Returns the
 * final beams, best first.
 */
export function beamSearch(logProbs: number[][], start: number, steps: number, beamWidth: number): Beam[] {
  // Your code here.
  return [];
}
