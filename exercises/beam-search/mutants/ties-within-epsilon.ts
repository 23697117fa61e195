// expect: wrong-answer — treats scores within 1e-9 of each other as equal, so a sequence that scores less by a hair wins the tie on lexicographic order; only exactly equal scores tie
export interface Beam { tokens: number[]; score: number }

function lexCompare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function beamSearch(logProbs: number[][], start: number, steps: number, beamWidth: number): Beam[] {
  let beams: Beam[] = [{ tokens: [], score: 0 }];
  const V = logProbs.length;
  for (let step = 0; step < steps; step++) {
    const candidates: { beam: number; token: number; score: number }[] = [];
    beams.forEach((beam, b) => {
      const prev = beam.tokens.length > 0 ? beam.tokens[beam.tokens.length - 1]! : start;
      for (let t = 0; t < V; t++) candidates.push({ beam: b, token: t, score: beam.score + logProbs[prev]![t]! });
    });
    candidates.sort((p, q) => {
      if (Math.abs(p.score - q.score) > 1e-9) return p.score > q.score ? -1 : 1;
      if (p.beam !== q.beam) return lexCompare(beams[p.beam]!.tokens, beams[q.beam]!.tokens);
      return p.token - q.token;
    });
    beams = candidates.slice(0, beamWidth).map((c) => ({ tokens: [...beams[c.beam]!.tokens, c.token], score: c.score }));
  }
  return beams;
}
