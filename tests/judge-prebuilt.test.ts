// The prebuilt command-line judge (`npm run judge`): it rebuilds exactly when its sources
// change, judges started together on changed sources do not spoil each other's build,
// and through it a batch prints one JSON line per file, in order, with the exit codes
// graders rely on.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_DIR_NAME, ensureJudgeBuild, fingerprint, fingerprintInputs, ROOT } from "../scripts/build-judge.mjs";

const LAUNCHER = "src/cli/run-judge.mjs";

// The same command as `npm run -s judge --` (package.json), without npm in between.
function judgeCli(...args: string[]) {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), "tensorkata-prebuilt-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(path: string, text: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe("the judge's fingerprint", () => {
  /** A small tree shaped like the project: what the fingerprint reads, and what it must not. */
  function tree(): string {
    const root = mkdtempSync(join(scratch, "tree-"));
    write(join(root, "src/judge/runner.ts"), "export const a = 1;\n");
    write(join(root, "src/judge-node/exercises.ts"), "export const b = 2;\n");
    write(join(root, "src/cli/judge.ts"), "export const c = 3;\n");
    write(join(root, "package-lock.json"), "{}\n");
    write(join(root, "exercises/dfs/exercise.json"), '{"id": "dfs"}\n');
    write(join(root, "exercises/dfs/checks.ts"), "export default {};\n");
    write(join(root, "exercises/dfs/statement.md"), "# DFS\n");
    write(join(root, "exercises/dfs/mutants/wrong.ts"), "// expect: wrong-answer\n");
    write(join(root, "exercises/dfs/accepted/loops.ts"), "// accepted\n");
    write(join(root, "src/app/App.tsx"), "export {};\n");
    return root;
  }

  it("lists the judge's sources and the exercises' code, not solutions, prose or the app", () => {
    const root = tree();
    expect(fingerprintInputs(root)).toEqual([
      "exercises/dfs/checks.ts", "exercises/dfs/exercise.json", "package-lock.json",
      "src/cli/judge.ts", "src/judge-node/exercises.ts", "src/judge/runner.ts",
    ]);
  });

  it("is stable while nothing changes and changes with any source file's content", () => {
    const root = tree();
    const before = fingerprint(root);
    expect(fingerprint(root)).toBe(before);
    for (const file of ["src/judge/runner.ts", "src/cli/judge.ts", "exercises/dfs/checks.ts", "exercises/dfs/exercise.json", "package-lock.json"]) {
      const root2 = tree();
      expect(fingerprint(root2)).toBe(before); // same contents, other folder: same build
      write(join(root2, file), "changed\n");
      expect(fingerprint(root2), file).not.toBe(before);
    }
  });

  it("changes when an exercise is added, and not for a new mutant, accepted solution or statement edit", () => {
    const root = tree();
    const before = fingerprint(root);
    write(join(root, "exercises/dfs/mutants/another.ts"), "// expect: time-limit-exceeded\n");
    write(join(root, "exercises/dfs/accepted/another.ts"), "// accepted\n");
    write(join(root, "exercises/dfs/statement.md"), "# DFS, reworded\n");
    write(join(root, "src/app/App.tsx"), "export const x = 1;\n");
    expect(fingerprint(root)).toBe(before);
    write(join(root, "exercises/bfs/exercise.json"), '{"id": "bfs"}\n');
    expect(fingerprint(root)).not.toBe(before);
  });
});

describe("the prebuilt judge", () => {
  it("is not rebuilt while its sources are unchanged", async () => {
    const first = await ensureJudgeBuild();
    const again = await ensureJudgeBuild();
    expect(again).toEqual({ dir: first.dir, built: false });
    expect(existsSync(join(again.dir, "judge.mjs"))).toBe(true);
    expect(existsSync(join(again.dir, "sandbox-worker.mjs"))).toBe(true);
    expect(again.dir).toBe(join(ROOT, BUILD_DIR_NAME, fingerprint()));
    // The bundle forks its own sandbox entry and has the exercises inside; tsx is nowhere.
    const code = readdirSync(again.dir).filter((f) => f.endsWith(".mjs")).map((f) => readFileSync(join(again.dir, f), "utf8")).join("\n");
    expect(code).toContain('sandboxEntry: new URL("./sandbox-worker.mjs", import.meta.url)');
    expect(code).toMatch(/"dfs": \{ checks: \(\) => import\("\.\/chunk-[^"]+\.mjs"\), reference: \(\) => import\("\.\/chunk-[^"]+\.mjs"\) \}/);
    expect(code).not.toMatch(/from\s*["']tsx|import\(["']tsx/);
  });

  describe("in a copy of the project whose build is stale", () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(scratch, "project-"));
      for (const d of ["src/judge", "src/judge-node", "src/cli", "exercises/dfs", "scripts"]) {
        cpSync(join(ROOT, d), join(root, d), { recursive: true });
      }
      for (const f of ["package.json", "package-lock.json", "tsconfig.json"]) cpSync(join(ROOT, f), join(root, f));
      symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
    });

    function launch(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [join(root, LAUNCHER), ...args], { cwd: root });
        let stdout = "", stderr = "";
        child.stdout.on("data", (c) => (stdout += c));
        child.stderr.on("data", (c) => (stderr += c));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
      });
    }

    it("gives judges that find it stale at the same moment one whole build, and later runs reuse it", async () => {
      // Both see no build before either has finished one: both build, one rename lands.
      const built = await Promise.all([ensureJudgeBuild({ root }), ensureJudgeBuild({ root })]);
      expect(built.map((b) => b.built)).toEqual([true, true]);
      expect(built[1]!.dir).toBe(built[0]!.dir);
      // One build named by the sources' fingerprint; the other's temporary folder is gone.
      expect(readdirSync(join(root, BUILD_DIR_NAME))).toEqual([fingerprint(root)]);
      const r = await launch("dfs", "exercises/dfs/reference.ts", "--json", "--examples");
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(""); // no build
      expect(JSON.parse(r.stdout)).toMatchObject({ exercise: "dfs", verdict: "accepted" });
    });

    it("rebuilds after a source file changes, and judges with the change", async () => {
      const before = fingerprint(root);
      const runner = join(root, "src/judge/runner.ts");
      // An edit the judge's output shows: the verdict message of a failing run.
      const text = readFileSync(runner, "utf8");
      expect(text).toContain("`${firstBad.name}: ${firstBad.message ?? firstBad.status}`");
      writeFileSync(runner, text.replace("`${firstBad.name}: ${firstBad.message ?? firstBad.status}`", "`edited: ${firstBad.name}`"));
      const wrong = write(join(root, "only-start.ts"), "export function dfs(graph: number[][], start: number): number[] { return [start]; }\n");
      const r = await launch("dfs", wrong, "--json", "--examples");
      expect(r.stderr).toMatch(/building the judge/);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).message).toMatch(/^edited: /);
      expect(fingerprint(root)).not.toBe(before);
      expect(existsSync(join(root, BUILD_DIR_NAME, fingerprint(root), "judge.mjs"))).toBe(true);
    });

    it("judges right when two judge commands start together on changed sources", async () => {
      const checks = join(root, "exercises/dfs/checks.ts");
      writeFileSync(checks, `${readFileSync(checks, "utf8")}\n// edited\n`);
      const args = ["dfs", "exercises/dfs/reference.ts", "--json", "--examples"];
      const [a, b] = await Promise.all([launch(...args), launch(...args)]);
      for (const r of [a, b]) {
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject({ exercise: "dfs", verdict: "accepted" });
      }
      expect(`${a.stderr}${b.stderr}`).toMatch(/building the judge/);
      expect(readdirSync(join(root, BUILD_DIR_NAME)).filter((n) => n.startsWith("tmp-"))).toEqual([]);
      expect(existsSync(join(root, BUILD_DIR_NAME, fingerprint(root), "judge.mjs"))).toBe(true);
    });
  });
});

describe("the judge command (prebuilt)", () => {
  // Wrong on the first visible example (a graph of four connected nodes).
  const wrong = write(join(scratch, "only-start.ts"), "export function dfs(graph: number[][], start: number): number[] { return [start]; }\n");
  const syntax = write(join(scratch, "syntax.ts"), "export function dfs(graph: number[][], start: number): number[] {\n  return [start;\n}\n");

  it("judges a batch in the order given: one JSON line per file naming it, exit 1 when any is not accepted", () => {
    const files = [wrong, "exercises/dfs/reference.ts", syntax, "exercises/dfs/reference.ts"];
    const r = judgeCli("dfs", ...files, "--json", "--examples");
    expect(r.code).toBe(1);
    const outs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(outs.map((o) => o.file)).toEqual(files);
    expect(outs.map((o) => o.verdict)).toEqual(["wrong-answer", "accepted", "compile-error", "accepted"]);
    expect(Object.keys(outs[1])).toEqual(["file", "exercise", "verdict", "passed", "total", "backend", "tests"]);
  });

  it("exits 0 for a batch of accepted files, and 1 when only the last one is not", () => {
    const ok = judgeCli("dfs", "exercises/dfs/reference.ts", "exercises/dfs/reference.ts", "--json", "--examples");
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split("\n")).toHaveLength(2);
    const last = judgeCli("dfs", "exercises/dfs/reference.ts", wrong, "--json", "--examples");
    expect(last.code).toBe(1);
    expect(last.stdout.trim().split("\n").map((l) => JSON.parse(l).verdict)).toEqual(["accepted", "wrong-answer"]);
  });

  it("judges a tfjs exercise on the same backend as the sources do", () => {
    const r = judgeCli("attention", "exercises/attention/reference.ts", "--json", "--examples");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe("accepted");
    const fromSources = spawnSync(process.execPath, ["--import", "tsx", "src/cli/judge.ts", "attention", "exercises/attention/reference.ts", "--json", "--examples"], { cwd: ROOT, encoding: "utf8" });
    const expected = JSON.parse(fromSources.stdout);
    expect(out.backend).toBe(expected.backend);
    expect(out.tests.map((t: { name: string; status: string }) => [t.name, t.status])).toEqual(expected.tests.map((t: { name: string; status: string }) => [t.name, t.status]));
  });

  it("exits 2 on usage errors, with nothing on stdout", () => {
    const cases: [string[], RegExp][] = [
      [["dfs", "exercises/dfs/reference.ts", "--jsn"], /Unknown option --jsn/],
      [["no-such-exercise", "exercises/dfs/reference.ts"], /Unknown exercise "no-such-exercise"/],
      [["dfs", "exercises/dfs/reference.ts", join(scratch, "missing.ts"), "--json"], /Cannot read ".*missing\.ts": no such file/],
      [["dfs"], /usage: npm run -s judge --/],
    ];
    for (const [args, message] of cases) {
      const r = judgeCli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    }
  });
});
