// Input generators that several exercises' hidden tests share. Deterministic given the
// seeded Rng, so a test case is the same on every run and in every judge.
import type { Rng } from "./rng";

/** A random directed graph of n nodes and m drawn edges as adjacency lists; `bothWays` lists each edge in both directions. */
export function randomGraph(rng: Rng, n: number, m: number, bothWays: boolean): number[][] {
  const g: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < m; e++) {
    const u = rng.int(0, n - 1), v = rng.int(0, n - 1);
    g[u]!.push(v);
    if (bothWays && u !== v) g[v]!.push(u);
  }
  return g;
}

/** The path 0 -> 1 -> ... -> n-1 as adjacency lists: as deep as a graph of n nodes gets. */
export function pathGraph(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
}

/** A random d×d orthogonal matrix, as rows (Gram-Schmidt on Gaussian vectors). */
export function randomOrthogonal(rng: Rng, d: number): number[][] {
  const q: number[][] = [];
  while (q.length < d) {
    const v = rng.array(d, () => rng.normal());
    for (const u of q) {
      const dot = u.reduce((s, x, i) => s + x * v[i]!, 0);
      for (let i = 0; i < d; i++) v[i]! -= dot * u[i]!;
    }
    const norm = Math.hypot(...v);
    if (norm > 1e-6) q.push(v.map((x) => x / norm));
  }
  return q;
}
