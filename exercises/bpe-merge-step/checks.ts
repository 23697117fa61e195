import { defineChecks, describeValue, exact, fail, fc, type CheckOutcome, type Rng, type TestCase, type Value } from "../../src/judge/kit";

const same = exact();

/** The chosen pair first, with its own message; then the merged words. */
function check(got: Value, expected: Value): CheckOutcome {
  const structure = same(got, expected);
  if (structure.pass) return structure;
  if (typeof got === "object" && got !== null && !Array.isArray(got) && "pair" in got) {
    const e = expected as { pair: Value }, g = got as { pair: Value };
    if (!same(g.pair, e.pair).pass) {
      return fail(`Chose the pair ${describeValue(g.pair)}, but the pair to merge is ${describeValue(e.pair)}.`, {
        path: "pair", expected: describeValue(e.pair), got: describeValue(g.pair),
      });
    }
  }
  return structure;
}

/** Random words over a small alphabet (so pairs repeat and tie), with random counts. */
function corpus(rng: Rng, types: number, maxLen: number, alphabet: string[], maxCount: number): [string[][], number[]] {
  const words = rng.array(types, () => rng.array(rng.int(1, maxLen), () => rng.pick(alphabet)));
  const counts = rng.array(types, () => rng.int(1, maxCount));
  return [words, counts];
}

const wordsArb = fc
  .array(fc.tuple(fc.array(fc.constantFrom("a", "b", "ab", "ba", "c"), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4 })), { maxLength: 6 })
  .map((ws) => [ws.map(([w]) => w), ws.map(([, c]) => c)]);

export default defineChecks({
  params: [{ name: "words" }, { name: "counts" }],
  check,
  examples: [
    {
      name: "a tie between three pairs",
      args: [[["l", "o", "w"], ["l", "o", "w", "e", "r"], ["n", "e", "w", "e", "s", "t"], ["w", "i", "d", "e", "s", "t"]], [5, 2, 6, 3]],
    },
    { name: "overlapping pair", args: [[["a", "a", "a"]], [1]] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no words", args: [[], []] },
      { name: "only single-symbol words: no pair", args: [[["a"], ["b"], ["abc"]], [3, 1, 2]] },
      { name: "four equal symbols merge into two", args: [[["a", "a", "a", "a"], ["b", "a", "a"]], [1, 1]] },
      { name: "a run of five", args: [[["x", "x", "x", "x", "x"]], [2]] },
      { name: "counts outweigh occurrences", args: [[["a", "b", "a", "b", "a", "b"], ["c", "d"]], [1, 10]] },
      { name: "tie broken by the right symbol", args: [[["q", "z"], ["q", "y"], ["q", "x"]], [2, 2, 2]] },
      { name: "tie broken by the left symbol, not by first appearance", args: [[["t", "h"], ["e", "r"], ["h", "e"]], [4, 4, 4]] },
      { name: "'ab'+'c' is not 'a'+'bc'", args: [[["ab", "c"], ["a", "bc"], ["a", "bc"], ["x", "y"]], [2, 1, 1, 3]] },
      { name: "multi-character symbols and an end-of-word marker", args: [[["l", "ow", "</w>"], ["l", "ow", "er", "</w>"], ["n", "ew", "</w>"]], [5, 2, 6]] },
      { name: "a symbol ending in the pair's left symbol is not part of the pair", args: [[["a", "b"], ["a", "b"], ["xa", "b"], ["a", "bx"]], [1, 1, 1, 1]] },
      { name: "tie: compare the left symbols, not the joined pair ('a','bc' before 'ab','a')", args: [[["ab", "a"], ["a", "bc"]], [1, 1]] },
      { name: "upper case sorts before lower case", args: [[["b", "a"], ["B", "a"]], [1, 1]] },
    ];
    for (let i = 0; i < 5; i++) {
      const [w, c] = corpus(rng, rng.int(3, 40), 8, ["a", "b", "c", "d", "e"], 5);
      cases.push({ name: `random corpus #${i + 1} (${w.length} words)`, args: [w, c] });
    }
    const letters = "abcdefghijklmnopqrstuvwxyz".split("");
    const [bigWords, bigCounts] = corpus(rng, 80_000, 12, letters, 1000);
    cases.push({ name: "80,000 words, about 500,000 symbols", args: [bigWords, bigCounts] });
    // 400 symbols make up to 160,000 distinct pairs, so the pair counts need a hash map.
    const symbols = letters.flatMap((x) => letters.map((y) => x + y)).slice(0, 400);
    const [wideWords, wideCounts] = corpus(rng, 100_000, 10, symbols, 50);
    cases.push({ name: "100,000 words over 400 symbols, about 550,000 symbols and 150,000 distinct pairs", args: [wideWords, wideCounts] });
    return cases;
  },
  properties: [{ name: "random small vocabularies", arbitrary: wordsArb, runs: 150 }],
  validateInput: ([words, counts]) => {
    if (!Array.isArray(words) || words.some((w) => !Array.isArray(w) || w.some((s: unknown) => typeof s !== "string" || s === "" || /\s/.test(s)))) {
      return "words must be an array of arrays of non-empty symbols without whitespace.";
    }
    if (!Array.isArray(counts) || counts.length !== words.length || counts.some((c) => !Number.isInteger(c) || c < 1)) {
      return "counts must hold one positive integer per word.";
    }
    return null;
  },
});
