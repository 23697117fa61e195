// expect: time-limit-exceeded — copies the token list into every one of the beamWidth · V candidates, so a step costs O(beamWidth · V · steps) instead of O(beamWidth · V)
export interface Beam { tokens: number[]; score: number }

function lexCompare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function beamSearch(logProbs: number[][], start: number, steps: number, beamWidth: number): Beam[] {
  let beams: Beam[] = [{ tokens: [], score: 0 }];
  for (let step = 0; step < steps; step++) {
    const candidates: Beam[] = [];
    for (const beam of beams) {
      const prev = beam.tokens.length > 0 ? beam.tokens[beam.tokens.length - 1]! : start;
      const row = logProbs[prev]!;
      for (let t = 0; t < row.length; t++) candidates.push({ tokens: [...beam.tokens, t], score: beam.score + row[t]! });
    }
    candidates.sort((p, q) => (p.score !== q.score ? (p.score > q.score ? -1 : 1) : lexCompare(p.tokens, q.tokens)));
    beams = candidates.slice(0, beamWidth);
  }
  return beams;
}
