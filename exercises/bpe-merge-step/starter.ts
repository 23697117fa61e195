/**
 * One step of byte-pair-encoding training: finds the most frequent pair of adjacent
 * symbols (weighted by word counts; ties to the smallest pair) and merges it everywhere.
 * Returns the pair (null if there is none) and the new symbol sequences.
 */
export function bpeMerge(words: string[][], counts: number[]): { pair: [string, string] | null; words: string[][] } {
  // Your code here.
  return { pair: null, words };
}
