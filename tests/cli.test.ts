// The CLI as graders call it: exit codes, the exact JSON shape, and clear usage errors.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The same command as `npm run -s judge --` (package.json), without npm in between.
function judgeCli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/judge.ts", ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A correct dfs written another way, kept in the exercise folder. */
function acceptedDfs(): string {
  return readdirSync("exercises/dfs/accepted").filter((f) => f.endsWith(".ts")).sort()[0]!;
}

const dir = mkdtempSync(join(tmpdir(), "tensorkata-cli-"));
function solution(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

describe("judge CLI", () => {
  it("prints exactly one JSON object for an accepted reference and exits 0", () => {
    const r = judgeCli("kmeans", "exercises/kmeans/reference.ts", "--json");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual(["exercise", "verdict", "passed", "total", "backend", "tests"]);
    expect(out).toMatchObject({ exercise: "kmeans", verdict: "accepted" });
    expect(out.passed).toBe(out.total);
    expect(out.tests.length).toBe(out.total);
    for (const t of out.tests) {
      expect(Object.keys(t)).toEqual(["name", "status", "ms"]);
      expect(t.status).toBe("passed");
    }
  });

  it("stops an infinite loop with time-limit-exceeded, naming the test, and exits 1", () => {
    const r = judgeCli("dfs", solution("loop.ts", "export function dfs(graph: number[][], start: number): number[] { while (true) {} }\n"), "--json", "--examples");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe("time-limit-exceeded");
    expect(out.tests[0]).toMatchObject({ status: "timeout" });
    expect(out.tests[0].message).toMatch(/time limit/i);
  });

  it("survives memory bombs: one JSON line each, the test that was running named, exit 1, no crash dump", () => {
    const hoard = solution("hoard.ts", `export function dfs(graph: number[][], start: number): number[] {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));
}\n`);
    // Once aborted the whole judge process (V8's fatal "invalid size" error) after its JSON.
    const sparse = solution("sparse.ts", `export function dfs(graph: number[][], start: number): number[] {
  const counts: number[] = [];
  for (let label = 0; label < 1e9; label += 7) counts[label] = (counts[label] ?? 0) + 1;
  return [start, counts.length];
}\n`);
    const r = judgeCli("dfs", hoard, sparse, "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const [first, second, ...rest] = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ file: hoard, verdict: "memory-limit-exceeded" });
    expect(first.message).toMatch(/^a small undirected graph: Memory limit exceeded: your code used more than the 1024 MB/);
    expect(first.tests[0]).toMatchObject({ name: "a small undirected graph", status: "out-of-memory" });
    // Under the 1 GiB budget this one may reach the time limit before the memory limit.
    expect(second.file).toBe(sparse);
    expect(["memory-limit-exceeded", "time-limit-exceeded"]).toContain(second.verdict);
    expect(second.message).toMatch(/^a small undirected graph: (Memory|Time) limit exceeded/);
  });

  it("reports a syntax error with its line and column", () => {
    const r = judgeCli("dfs", solution("syntax.ts", "export function dfs(graph: number[][], start: number): number[] {\n  return [start;\n}\n"), "--json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe("compile-error");
    expect(out.message).toMatch(/line 2, column \d+/);
  });

  it("prints a line per test and the verdict last without --json", () => {
    const r = judgeCli("dfs", "exercises/dfs/mutants/mark-on-push.ts");
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^(PASS|FAIL)\s/);
    expect(lines.at(-1)).toMatch(/^WRONG ANSWER: \d+\/\d+ tests passed/);
  });

  it("judges many files in one process: one JSON line per file, in the order given, each naming its file", () => {
    const wrong = "exercises/dfs/mutants/mark-on-push.ts";
    const syntax = solution("batch-syntax.ts", "export function dfs(graph: number[][], start: number): number[] {\n  return [start;\n}\n");
    const files = ["exercises/dfs/reference.ts", wrong, syntax, "exercises/dfs/reference.ts"];
    const r = judgeCli("dfs", ...files, "--json");
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(files.length);
    const outs = lines.map((l) => JSON.parse(l));
    expect(outs.map((o) => o.file)).toEqual(files);
    expect(outs.map((o) => o.verdict)).toEqual(["accepted", "wrong-answer", "compile-error", "accepted"]);
    // The same object as for a single file, with the file first.
    expect(Object.keys(outs[0])).toEqual(["file", "exercise", "verdict", "passed", "total", "backend", "tests"]);
    const single = JSON.parse(judgeCli("dfs", wrong, "--json").stdout);
    const { file: _file, ...rest } = outs[1];
    expect(Object.keys(rest)).toEqual(Object.keys(single));
    expect(rest.tests.map((t: { name: string; status: string }) => [t.name, t.status])).toEqual(single.tests.map((t: { name: string; status: string }) => [t.name, t.status]));
  });

  it("exits 0 for a batch only when every file is accepted, and prints a header per file without --json", () => {
    const ok = judgeCli("dfs", "exercises/dfs/reference.ts", "exercises/dfs/accepted/" + acceptedDfs(), "--examples");
    expect(ok.code).toBe(0);
    const headers = ok.stdout.split("\n").filter((l) => l.startsWith("== "));
    expect(headers).toEqual(["== exercises/dfs/reference.ts", `== exercises/dfs/accepted/${acceptedDfs()}`]);
    expect(ok.stdout.match(/^ACCEPTED: /gm)).toHaveLength(2);
  });

  it("exits 2 before judging anything when any file of a batch is unreadable", () => {
    const r = judgeCli("dfs", "exercises/dfs/reference.ts", join(dir, "missing-in-batch.ts"), "--json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Cannot read ".*missing-in-batch\.ts": no such file/);
    const flag = judgeCli("dfs", "exercises/dfs/reference.ts", "exercises/dfs/reference.ts", "--jsn");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option --jsn/);
  });

  it("exits 2 with the known ids for an unknown exercise, and says so for an unreadable file", () => {
    const unknown = judgeCli("no-such-exercise", "exercises/kmeans/reference.ts");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown exercise "no-such-exercise"/);
    for (const id of ["attention", "conv2d", "kmeans", "dfs", "common-ancestors"]) expect(unknown.stderr).toMatch(new RegExp(`^\\s+${id}$`, "m"));
    expect(unknown.stdout).toBe("");
    const missing = judgeCli("kmeans", join(dir, "missing.ts"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read ".*missing\.ts": no such file/);
    const noArgs = judgeCli();
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toMatch(/usage: npm run -s judge --/);
  });
});
