import { defineChecks, exact, fc, type Rng, type TestCase } from "../../src/judge/kit";

const VOCAB = ["the", "a", "model", "learns", "word", "vectors", "from", "context", "of", "each", "token", "in", "text", "and", "data"];

/** Sentences of random length drawn from a small vocabulary (so words repeat). */
function corpus(rng: Rng, sentences: number, minLen: number, maxLen: number, vocab: string[] = VOCAB): string[][] {
  return rng.array(sentences, () => rng.array(rng.int(minLen, maxLen), () => rng.pick(vocab)));
}

const sentencesArb = fc.tuple(
  fc.array(fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 8 }), { maxLength: 4 }),
  fc.integer({ min: 0, max: 4 }),
);

export default defineChecks({
  params: [{ name: "sentences" }, { name: "window" }],
  check: exact(),
  examples: [
    { name: "one sentence, window 1", args: [[["the", "cat", "sat"]], 1] },
    { name: "two sentences, window 2", args: [[["to", "be", "or", "not"], ["be"]], 2] },
  ],
  hidden: ({ rng }) => {
    const bigVocab = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const cases: TestCase[] = [
      { name: "no sentences", args: [[], 2] },
      { name: "an empty sentence", args: [[[]], 3] },
      { name: "window 0", args: [[["a", "b", "c"]], 0] },
      { name: "single word", args: [[["alone"]], 5] },
      { name: "repeated word pairs with itself", args: [[["a", "a", "b", "a"]], 2] },
      { name: "window larger than the sentence", args: [[["x", "y", "z"]], 10] },
      { name: "windows do not cross sentences", args: [[["a", "b"], ["c", "d"], [], ["e"]], 3] },
      { name: "window exactly the distance to the ends", args: [[["p0", "p1", "p2", "p3", "p4", "p5", "p6"]], 3] },
    ];
    for (let i = 0; i < 5; i++) {
      const w = rng.int(1, 5);
      cases.push({ name: `random corpus #${i + 1} (window ${w})`, args: [corpus(rng, rng.int(1, 8), 0, 15), w] });
    }
    cases.push({ name: "2,000 short sentences, window 5", args: [corpus(rng, 2_000, 1, 12, bigVocab), 5] });
    cases.push({ name: "one sentence of 150,000 tokens, window 1", args: [corpus(rng, 1, 150_000, 150_000, bigVocab), 1] });
    return cases;
  },
  properties: [{ name: "random small corpora", arbitrary: sentencesArb, runs: 100 }],
  validateInput: ([sentences, window]) => {
    if (!Array.isArray(sentences) || sentences.some((s) => !Array.isArray(s) || s.some((w: unknown) => typeof w !== "string"))) {
      return "sentences must be an array of arrays of strings.";
    }
    if (!Number.isInteger(window) || (window as number) < 0) return "window must be a non-negative integer.";
    return null;
  },
});
