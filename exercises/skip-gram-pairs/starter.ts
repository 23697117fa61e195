/**
 * Returns the (centre, context) training pairs of the skip-gram model: every pair of
 * words at most `window` positions apart within the same sentence.
 */
export function skipGramPairs(sentences: string[][], window: number): [string, string][] {
  // Your code here.
  return [];
}
