import { closeTo, defineChecks, fc, type Rng, type TestCase, type Value } from "../../src/judge/kit";

const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "bra", "ch", "st", "ph", "ol", "en"];

/** A made-up word for word number i: distinct for distinct i, and not sorted like i. */
function word(i: number): string {
  let s = "";
  do {
    s += SYLLABLES[i % SYLLABLES.length];
    i = Math.floor(i / SYLLABLES.length);
  } while (i > 0);
  return s;
}

/** n documents of about `length` tokens drawn from a Zipf-like distribution over `vocab` words. */
function corpus(rng: Rng, n: number, length: number, vocab: number): string[][] {
  return rng.array(n, () => rng.array(rng.int(Math.max(0, length - 10), length + 10), () => word(Math.floor(vocab ** rng.next()) - 1)));
}

const tokenArb = fc.constantFrom("a", "b", "B", "ab", "the", "cat", "Cat", "é", "10", "9", "constructor", "__proto__");
const smallArb = fc.array(fc.array(tokenArb, { maxLength: 8 }), { maxLength: 6 }).map((docs): Value[] => [docs]);

export default defineChecks({
  params: [{ name: "docs" }],
  check: closeTo({ atol: 1e-6, rtol: 1e-6 }),
  examples: [
    { name: "three short documents", args: [[["the", "cat", "sat"], ["the", "dog", "sat", "sat"], ["a", "cat"]]] },
    { name: "an empty document and a token in almost every document", args: [[["spam", "ham"], ["spam"], [], ["eggs", "spam", "eggs"]]] },
  ],
  hidden: ({ rng }) => {
    const cases: TestCase[] = [
      { name: "no documents", args: [[]] },
      { name: "only empty documents", args: [[[], []]] },
      { name: "one document", args: [[["to", "be", "or", "not", "to", "be"]]] },
      { name: "a token in every document keeps idf 1 (smoothing)", args: [[["x", "y"], ["x"], ["x", "x", "z"]]] },
      { name: "identical documents", args: [[["red", "blue", "red"], ["red", "blue", "red"]]] },
      { name: "code unit order: digits, capitals, underscore, lower case, accents", args: [[["b", "B", "a", "A", "é", "e", "Z", "_", "10", "9"], ["z", "a", "é"]]] },
      { name: "tokens named like Object.prototype properties", args: [[["constructor", "toString", "__proto__"], ["hasOwnProperty", "constructor"], ["valueOf", "__proto__", "__proto__"]]] },
      { name: "the empty string is a token too", args: [[["", "a"], ["", ""], ["b"]]] },
      { name: "one token repeated 1,000 times", args: [[new Array(1000).fill("la"), ["la", "di"]]] },
    ];
    for (let i = 0; i < 5; i++) {
      const n = rng.int(3, 60), length = rng.int(2, 40), vocab = rng.int(5, 400);
      cases.push({ name: `random corpus #${i + 1} (${n} documents, ~${length} tokens each)`, args: [corpus(rng, n, length, vocab)] });
    }
    const large = corpus(rng, 3000, 50, 2_000_000);
    const distinct = new Set(large.flat()).size;
    cases.push({ name: `large: 3,000 documents of ~50 tokens, ${distinct.toLocaleString("en")} distinct words`, args: [large] });
    return cases;
  },
  properties: [{ name: "small corpora over a tricky alphabet", arbitrary: smallArb, runs: 80 }],
  validateInput: ([docs]) => {
    if (!Array.isArray(docs) || !docs.every((d) => Array.isArray(d) && d.every((t) => typeof t === "string"))) {
      return "docs must be an array of documents, each an array of string tokens.";
    }
    return null;
  },
});
