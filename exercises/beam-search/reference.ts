export interface Beam {
  tokens: number[];
  score: number;
}

// Each step scores every (beam, next token) candidate and keeps the best `beamWidth`
// with a bounded heap whose root is the worst kept candidate. Ties compare the token
// sequences; since the beams are distinct sequences of equal length, that is the
// beams' lexicographic rank, then the new token. O(steps * B * V * log B).
export function beamSearch(logProbs: number[][], start: number, steps: number, beamWidth: number): Beam[] {
  const vocab = logProbs.length;
  let beams: Beam[] = [{ tokens: [], score: 0 }];
  for (let step = 0; step < steps; step++) {
    const count = beams.length;
    // Lexicographic rank of each beam's tokens (all have length `step`).
    const byTokens = beams.map((_, i) => i).sort((x, y) => compareTokens(beams[x]!.tokens, beams[y]!.tokens));
    const lexRank = new Int32Array(count);
    byTokens.forEach((beam, rank) => { lexRank[beam] = rank; });

    const keep = Math.min(beamWidth, count * vocab);
    const heapBeam = new Int32Array(keep);
    const heapToken = new Int32Array(keep);
    const heapScore = new Float64Array(keep);
    let size = 0;
    // true when candidate a ranks below candidate b
    const worse = (sa: number, ba: number, ta: number, sb: number, bb: number, tb: number) =>
      sa < sb || (sa === sb && (lexRank[ba]! > lexRank[bb]! || (ba === bb && ta > tb)));
    const set = (i: number, s: number, b: number, t: number) => { heapScore[i] = s; heapBeam[i] = b; heapToken[i] = t; };

    for (let b = 0; b < count; b++) {
      const beam = beams[b]!;
      const last = beam.tokens.length ? beam.tokens[beam.tokens.length - 1]! : start;
      const row = logProbs[last]!;
      for (let t = 0; t < vocab; t++) {
        const s = beam.score + row[t]!;
        if (size < keep) {
          let i = size++;
          while (i > 0) {
            const p = (i - 1) >> 1;
            if (!worse(s, b, t, heapScore[p]!, heapBeam[p]!, heapToken[p]!)) break;
            set(i, heapScore[p]!, heapBeam[p]!, heapToken[p]!);
            i = p;
          }
          set(i, s, b, t);
        } else if (worse(heapScore[0]!, heapBeam[0]!, heapToken[0]!, s, b, t)) {
          let i = 0;
          for (;;) {
            let c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && worse(heapScore[c + 1]!, heapBeam[c + 1]!, heapToken[c + 1]!, heapScore[c]!, heapBeam[c]!, heapToken[c]!)) c++;
            if (!worse(heapScore[c]!, heapBeam[c]!, heapToken[c]!, s, b, t)) break;
            set(i, heapScore[c]!, heapBeam[c]!, heapToken[c]!);
            i = c;
          }
          set(i, s, b, t);
        }
      }
    }
    const order = Array.from({ length: size }, (_, i) => i).sort((x, y) =>
      worse(heapScore[x]!, heapBeam[x]!, heapToken[x]!, heapScore[y]!, heapBeam[y]!, heapToken[y]!) ? 1 : -1);
    beams = order.map((i) => ({ tokens: [...beams[heapBeam[i]!]!.tokens, heapToken[i]!], score: heapScore[i]! }));
  }
  return beams;
}

function compareTokens(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
