// accepted — sorts all indices by (score descending, index ascending): O(n log n)
export function topK(scores: number[], k: number): number[] {
  const order = scores.map((_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, Math.max(0, Math.min(k, scores.length)));
}
