// accepted — for each centre, walk the offsets -window..window and keep the ones inside the sentence
export function skipGramPairs(sentences: string[][], window: number): [string, string][] {
  return sentences.flatMap((words) => {
    const out: [string, string][] = [];
    words.forEach((centre, i) => {
      for (let offset = -window; offset <= window; offset++) {
        const j = i + offset;
        if (offset !== 0 && j >= 0 && j < words.length) out.push([centre, words[j]!]);
      }
    });
    return out;
  });
}
