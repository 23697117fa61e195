import { describe, expect, it } from "vitest";
import type { ExerciseMeta } from "../judge/types";
import { buildCatalog, catalog, findExercise } from "./catalog";
import { entryParamNames, exampleInputAsJson } from "./custom-input-prefill";
import { filterExercises } from "./filter-exercises";

const meta = (id: string, title: string, difficulty: ExerciseMeta["difficulty"], tags: string[]): ExerciseMeta => ({
  id, title, difficulty, tags, minutes: 15, timeLimitMs: 10_000, entry: "f",
});

describe("catalog", () => {
  it("pairs each exercise.json with its statement and starter, sorted by difficulty then title", async () => {
    const text = (t: string) => () => Promise.resolve(t);
    const catalog = buildCatalog(
      { "/exercises/b/exercise.json": meta("b", "Zeta", "easy", []), "/exercises/a/exercise.json": meta("a", "Alpha", "hard", ["x"]), "/exercises/c/exercise.json": meta("c", "Beta", "easy", []) },
      { "/exercises/a/statement.md": text("A"), "/exercises/b/statement.md": text("B"), "/exercises/c/statement.md": text("C") },
      { "/exercises/a/starter.ts": text("a"), "/exercises/b/starter.ts": text("b"), "/exercises/c/starter.ts": text("c") },
    );
    expect(catalog.map((e) => e.meta.id)).toEqual(["c", "b", "a"]);
    expect(await catalog[2]!.texts()).toEqual({ statementHtml: "A", starter: "a" });
    expect(catalog[2]!.texts()).toBe(catalog[2]!.texts()); // loaded once
  });

  it("leaves out half-written folders instead of failing", () => {
    const empty = () => Promise.resolve("");
    const catalog = buildCatalog(
      { "/exercises/ok/exercise.json": meta("ok", "Ok", "easy", []), "/exercises/nostarter/exercise.json": meta("nostarter", "N", "easy", []), "/exercises/bad/exercise.json": { id: "bad" } },
      { "/exercises/ok/statement.md": empty, "/exercises/nostarter/statement.md": empty, "/exercises/bad/statement.md": empty },
      { "/exercises/ok/starter.ts": empty, "/exercises/bad/starter.ts": empty },
    );
    expect(catalog.map((e) => e.meta.id)).toEqual(["ok"]);
  });

  it("holds the real exercise folders (vitest runs import.meta.glob as Vite does)", async () => {
    expect(catalog.length).toBeGreaterThan(0);
    expect(findExercise("dfs")?.meta.entry).toBe("dfs");
    expect((await findExercise("dfs")!.texts()).starter).toContain("export function dfs");
  });
});

describe("list filters", () => {
  const list = [
    meta("dfs", "Depth-first search order", "easy", ["graphs", "algorithms"]),
    meta("layer-norm", "Layer normalization", "easy", ["deep-learning", "tfjs"]),
    meta("kmeans", "k-means clustering", "medium", ["clustering", "tfjs"]),
  ].map((m) => ({ meta: m }));
  const ids = (f: Parameters<typeof filterExercises>[1]) => filterExercises(list, f).map((e) => e.meta.id);

  it("filters by tag, difficulty and words in any order", () => {
    expect(ids({ query: "", tag: null, difficulty: null })).toEqual(["dfs", "layer-norm", "kmeans"]);
    expect(ids({ query: "", tag: "tfjs", difficulty: null })).toEqual(["layer-norm", "kmeans"]);
    expect(ids({ query: "", tag: "tfjs", difficulty: "medium" })).toEqual(["kmeans"]);
    expect(ids({ query: "search DEPTH", tag: null, difficulty: null })).toEqual(["dfs"]);
    expect(ids({ query: "layer norm", tag: null, difficulty: null })).toEqual(["layer-norm"]);
    expect(ids({ query: "deep learning", tag: null, difficulty: null })).toEqual(["layer-norm"]);
    expect(ids({ query: "nothing", tag: null, difficulty: null })).toEqual([]);
    expect(ids({ query: "depth-first", tag: null, difficulty: null })).toEqual(["dfs"]);
    expect(ids({ query: "K-Means", tag: null, difficulty: null })).toEqual(["kmeans"]);
    expect(ids({ query: "deep-learning norm", tag: null, difficulty: null })).toEqual(["layer-norm"]);
  });
});

describe("custom input prefill", () => {
  it("turns formatted example arguments into a JSON object", () => {
    const json = exampleInputAsJson("graph = [[1, 2], [0]]\nstart = 0");
    expect(JSON.parse(json!)).toEqual({ graph: [[1, 2], [0]], start: 0 });
    expect(JSON.parse(exampleInputAsJson("x = tensor([[1, 2.5]], float32)\neps = 0.00001")!)).toEqual({ x: [[1, 2.5]], eps: 0.00001 });
    expect(JSON.parse(exampleInputAsJson("k = 2\noptions = { init: [[1, 1], [5, 7]], maxIter: 3 }")!)).toEqual({ k: 2, options: { init: [[1, 1], [5, 7]], maxIter: 3 } });
  });

  it("gives up on summarised or non-JSON values", () => {
    expect(exampleInputAsJson("x = tensor float32 [100, 100] values: 1, 2, …")).toBeNull();
    expect(exampleInputAsJson("x = NaN")).toBeNull();
    expect(exampleInputAsJson('x = { a: "b, c: d" }')).toBeNull();
    expect(exampleInputAsJson("")).toBeNull();
  });
});

describe("entry parameter names", () => {
  it("reads them from the starter's signature", () => {
    expect(entryParamNames("export function dfs(graph: number[][], start: number): number[] {}", "dfs")).toEqual(["graph", "start"]);
    expect(entryParamNames("export function f(x: tf.Tensor, opts: { a: number, b: Map<string, number> }, eps = 1e-5, fn: (a: number, b: number) => void, last: number) {}", "f")).toEqual(["x", "opts", "eps", "fn", "last"]);
    expect(entryParamNames("export function g() {}", "g")).toEqual([]);
    expect(entryParamNames("function h(a) {}", "h")).toEqual([]);
  });
});
