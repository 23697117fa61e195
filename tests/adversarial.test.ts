// Hostile and broken solutions get a clear verdict and never crash or hang the judge.
import { describe, expect, it } from "vitest";
import { getExercise, nodeEnv } from "../src/judge-node/judge-node";
import { judge, type LoadedExercise } from "../src/judge/runner";
import type { JudgeResult } from "../src/judge/types";

/** dfs with a short time budget, so runaway code is cut off quickly in these tests. */
const LIMIT_MS = 2000;
async function dfsWithShortLimit(): Promise<LoadedExercise> {
  const ex = await getExercise("dfs");
  return { ...ex, meta: { ...ex.meta, timeLimitMs: LIMIT_MS } };
}

async function submit(source: string, mode: "submit" | "examples" = "submit"): Promise<JudgeResult> {
  return judge(await dfsWithShortLimit(), source, nodeEnv, { mode });
}

const CORRECT_BODY = `
  const seen = new Uint8Array(graph.length); const order: number[] = [];
  const stack: [number, number][] = [[start, 0]]; seen[start] = 1; order.push(start);
  while (stack.length) {
    const top = stack[stack.length - 1]; const [u, i] = top;
    if (i >= graph[u].length) { stack.pop(); continue; }
    top[1]++; const v = graph[u][i];
    if (!seen[v]) { seen[v] = 1; order.push(v); stack.push([v, 0]); }
  }
  return order;`;

function firstFailure(r: JudgeResult) {
  return r.tests.find((t) => t.status !== "passed" && t.status !== "skipped");
}

describe("adversarial solutions", () => {
  it("sanity: a correct iterative solution is accepted", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {${CORRECT_BODY}\n}`);
    expect(r.verdict, r.message).toBe("accepted");
  });

  it("an async solution is awaited", async () => {
    const r = await submit(`export async function dfs(graph: number[][], start: number): Promise<number[]> {${CORRECT_BODY}\n}`, "examples");
    expect(r.verdict, r.message).toBe("accepted");
  });

  it("an infinite loop is stopped: time-limit-exceeded naming the running test, the rest skipped", async () => {
    const t0 = performance.now();
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] { while (true) {} }`);
    const elapsed = performance.now() - t0;
    expect(r.verdict).toBe("time-limit-exceeded");
    expect(r.tests[0]!.status).toBe("timeout");
    expect(r.tests[0]!.name).toBe("a small undirected graph");
    expect(r.tests[0]!.message).toMatch(/Time limit exceeded/);
    expect(r.tests.slice(1).every((t) => t.status === "skipped")).toBe(true);
    expect(r.tests.length).toBe(r.total);
    // Not a speed check: proves the run is cut off instead of hanging (the bench prints the real figure).
    expect(elapsed).toBeLessThan(LIMIT_MS + 15_000);
  });

  it("an infinite loop at module top level is time-limit-exceeded", async () => {
    const r = await submit(`while (true) {}\nexport function dfs(graph: number[][], start: number): number[] { return []; }`);
    expect(r.verdict).toBe("time-limit-exceeded");
    expect(r.message).toMatch(/loading your code/i);
  });

  it("a never-settling promise is time-limit-exceeded", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number) { return new Promise(() => {}); }`);
    expect(r.verdict).toBe("time-limit-exceeded");
  });

  it("throw 42 is a runtime error that says what was thrown", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {\n  throw 42;\n}`);
    expect(r.verdict).toBe("runtime-error");
    expect(firstFailure(r)!.message).toMatch(/threw 42 \(number\)/);
  });

  it("an Error names its line in the user's source", async () => {
    const r = await submit(`// line 1\nexport function dfs(graph: number[][], start: number): number[] {\n  const x: any = null;\n  return x.boom;\n}`);
    expect(r.verdict).toBe("runtime-error");
    const t = firstFailure(r)!;
    expect(t.message).toMatch(/TypeError/);
    expect(t.location?.line).toBe(4);
  });

  it("deep recursion is a runtime error with advice", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {
      const order: number[] = []; const seen = new Set<number>();
      const visit = (u: number) => { seen.add(u); order.push(u); for (const v of graph[u]) if (!seen.has(v)) visit(v); };
      visit(start); return order; }`);
    expect(r.verdict).toBe("runtime-error");
    expect(firstFailure(r)!.name).toMatch(/deep path/);
    expect(firstFailure(r)!.message).toMatch(/Maximum call stack size exceeded.*explicit stack/);
  });

  it("a huge allocation ends in memory-limit-exceeded, not a crashed judge", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] { const a: number[][] = []; while (true) a.push(new Array(1e7).fill(start)); }`);
    // Near the heap cap the garbage collector can eat the 2 s first: either limit may end it.
    expect(["memory-limit-exceeded", "time-limit-exceeded"]).toContain(r.verdict);
    expect(firstFailure(r)!.message).toMatch(/^(Memory|Time) limit exceeded/);
  });

  describe("memory budget", () => {
    // A small budget and a long time limit, so memory (not time) is what runs out.
    async function submitWithBudget(source: string, memoryLimitMb: number | undefined): Promise<JudgeResult> {
      const ex = await getExercise("dfs");
      return judge({ ...ex, meta: { ...ex.meta, timeLimitMs: 30_000, memoryLimitMb } }, source, nodeEnv, { mode: "examples" });
    }
    const shapes: Record<string, string> = {
      "hoarding arrays": `const hoard: number[][] = []; for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));`,
      // V8 aborts the whole process on this one (a fatal "invalid size" error), whatever a
      // worker thread's heap cap: only a separate process keeps the judge alive.
      "a sparse per-label count array up to 1e9": `const counts: number[] = []; for (let label = 0; label < 1e9; label += 7) counts[label] = (counts[label] ?? 0) + 1; return [counts.length];`,
      "new Array(1e9).fill(0)": `const a = new Array(1e9).fill(0); return [a.length];`,
    };
    for (const [shape, body] of Object.entries(shapes)) {
      it(`${shape}: memory-limit-exceeded naming the running test, the rest skipped`, async () => {
        const r = await submitWithBudget(`export function dfs(graph: number[][], start: number): number[] { ${body} }`, 192);
        expect(r.verdict).toBe("memory-limit-exceeded");
        expect(r.message).toMatch(/^a small undirected graph: Memory limit exceeded: .*192 MB/);
        expect(r.tests[0]).toMatchObject({ name: "a small undirected graph", status: "out-of-memory" });
        expect(r.tests.slice(1).every((t) => t.status === "skipped")).toBe(true);
      });
    }

    it("counts typed arrays too (their memory lives outside the JS heap)", async () => {
      const r = await submitWithBudget(`export function dfs(graph: number[][], start: number): number[] {
        const hoard: Float64Array[] = []; for (;;) hoard.push(new Float64Array(1_000_000).fill(1)); }`, 192);
      expect(r.verdict).toBe("memory-limit-exceeded");
    });

    it("is the exercise's own: 800 MB of live data passes the default 1 GiB and fails a 192 MB budget", async () => {
      const source = `export function dfs(graph: number[][], start: number): number[] {
        const keep: Float64Array[] = []; for (let i = 0; i < 100; i++) keep.push(new Float64Array(1_000_000).fill(i));
        let s = 0; for (const k of keep) s += k[0]; if (s < 0) return [];
        const seen = new Set<number>([start]); const order = [start]; const stack = [[start, 0]];
        while (stack.length) { const top = stack[stack.length - 1]; if (top[1] >= graph[top[0]].length) { stack.pop(); continue; }
          const v = graph[top[0]][top[1]++]; if (!seen.has(v)) { seen.add(v); order.push(v); stack.push([v, 0]); } }
        return order; }`;
      expect((await submitWithBudget(source, undefined)).verdict).toBe("accepted");
      expect((await submitWithBudget(source, 192)).verdict).toBe("memory-limit-exceeded");
    });
  });

  it("an impossible array length is a runtime error", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] { return new Array(-1); }`);
    expect(r.verdict).toBe("runtime-error");
    expect(firstFailure(r)!.message).toMatch(/RangeError/);
  });

  it("a missing export is a compile error that says what to export", async () => {
    const r = await submit(`export function depthFirst(graph: number[][], start: number): number[] { return []; }`);
    expect(r.verdict).toBe("compile-error");
    expect(r.message).toMatch(/must export a function named "dfs".*depthFirst/);
  });

  it("a syntax error is a compile error at the user's line and column", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {\n  return [1, 2;\n}`);
    expect(r.verdict).toBe("compile-error");
    expect(r.location).toEqual({ line: 2, column: expect.any(Number) });
    expect(r.message).toMatch(/line 2/);
  });

  it("importing anything but tfjs is a compile error at the import", async () => {
    const r = await submit(`import { readFileSync } from "node:fs";\nexport function dfs(graph: number[][], start: number): number[] { return JSON.parse(readFileSync("x", "utf8")); }`);
    expect(r.verdict).toBe("compile-error");
    expect(r.message).toMatch(/only module available is "@tensorflow\/tfjs"/);
    expect(r.location?.line).toBe(1);
  });

  it("a dynamic import is refused at run time too", async () => {
    const mod = ["node", "fs"].join(":");
    const r = await submit(`export async function dfs(graph: number[][], start: number) { const name = ${JSON.stringify(mod)}; const m: any = await import(name); return m.readdirSync("."); }`, "examples");
    expect(r.verdict).toBe("runtime-error");
    expect(firstFailure(r)!.message).toMatch(/Cannot import/);
  });

  it.each([
    ["undefined", "return undefined as any;", /got undefined/],
    ["NaN", "return NaN as any;", /got NaN/],
    ["a string", `return "0,1,3,2" as any;`, /got string/],
    ["a function", "return (() => 1) as any;", /a function/],
    ["a Map", "return new Map() as any;", /a Map/],
    ["a cyclic array", "const a: any[] = [0, 1, 3]; a.push(a); return a;", /circular/],
    ["a promise inside an array", "return [0, 1, 3, Promise.resolve(2)] as any;", /Promise/],
  ])("returning %s is a wrong answer with a clear message", async (_label, body, pattern) => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] { ${body} }`, "examples");
    expect(r.verdict).toBe("wrong-answer");
    expect(firstFailure(r)!.message).toMatch(pattern);
  });

  it("mutating the input is reported as such", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {
      for (const list of graph) list.reverse(); graph[start] = []; return [start]; }`, "examples");
    expect(r.verdict).toBe("wrong-answer");
    expect(firstFailure(r)!.message).toMatch(/modified its input "graph"/);
  });

  it("tampering with globals and prototypes cannot fake a pass", async () => {
    const r = await submit(`
      Object.defineProperty(Object.prototype, "pass", { get() { return true; } });
      (Array.prototype as any).every = () => true;
      (Object as any).is = () => true;
      JSON.stringify = () => "[0,1,3,2]";
      (globalThis as any).structuredClone = (x: unknown) => x;
      (globalThis as any).postMessage = () => {};
      (globalThis as any).performance = { now: () => 0 };
      export function dfs(graph: number[][], start: number): number[] { return [start]; }`);
    expect(r.verdict).toBe("wrong-answer");
    expect(r.passed).toBeLessThan(r.total);
  });

  it("ending the worker is a runtime error", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] { (globalThis as any).process.exit(0); return []; }`);
    expect(r.verdict).toBe("runtime-error");
    expect(firstFailure(r)!.message).toMatch(/worker running your code stopped/);
  });

  it("cannot kill the judge's process", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {
      const p = (globalThis as any).process; p.kill(p.pid, "SIGKILL"); return []; }`);
    expect(r.verdict).toBe("runtime-error");
    expect(firstFailure(r)!.message).toMatch(/process\.kill is not available to solutions/);
  });

  it("cannot reach a shell, the file system, the network or the judge's environment", async () => {
    // Each attempt's outcome goes into the output; a correct answer follows, so only the log tells.
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] {
      const p = (globalThis as any).process;
      const tries: Record<string, () => unknown> = {
        getBuiltinModule: () => typeof p.getBuiltinModule("child_process").execSync,
        binding: () => typeof p.binding("fs"),
        linkedBinding: () => typeof p._linkedBinding("fs"),
        dlopen: () => p.dlopen({}, "/nonexistent.node"),
        newFunction: () => new Function("return 1")(),
        constructorOfArrow: () => (() => 0).constructor("return 1")(),
        asyncConstructor: () => (async () => 0).constructor("return 1"),
        indirectEval: () => (0, eval)("1"),
        fetch: () => (globalThis as any).fetch("http://127.0.0.1:9/"),
        env: () => Object.keys(p.env).length,
      };
      for (const [name, attempt] of Object.entries(tries)) {
        try { console.log(name + ": got " + String(attempt())); } catch (e) { console.log(name + ": " + (e as Error).message); }
      }
      ${CORRECT_BODY}
    }`, "examples");
    const logs = r.tests[0]!.logs!;
    expect(logs).toHaveLength(10);
    for (const line of logs.filter((l) => !l.startsWith("env"))) expect(line).toMatch(/: .*not available to solutions/);
    expect(logs.find((l) => l.startsWith("env"))).toBe("env: got 0");
    expect(r.verdict).toBe("accepted");
  });

  it("console output is captured per test and never reaches the judge's stdout", async () => {
    const r = await submit(`export function dfs(graph: number[][], start: number): number[] { console.log("visiting", start, { n: graph.length }); globalThis.console.warn("w"); return [start]; }`, "examples");
    expect(r.tests[0]!.logs).toEqual(['visiting 0 {"n":4}', "[warn] w"]);
  });

  it("an empty file is a compile error", async () => {
    const r = await submit("   \n");
    expect(r.verdict).toBe("compile-error");
    expect(r.message).toMatch(/empty/);
  });
});
