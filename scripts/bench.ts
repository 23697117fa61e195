// Prints how long the judge takes to Submit each core exercise's reference solution:
// cold (first run in a fresh process) and warm (median of 10 in one process), split into
// transpile, worker start (sandbox boot + loading the code) and tests, with the tfjs
// backend used, and the command-line judge (`npm run judge`, prebuilt) from process start
// to its JSON line, beside its goals. Figures only: no pass/fail. With --browser (or by
// default when Chromium and a build are available) it also measures the app in headless Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureJudgeBuild } from "./build-judge.mjs";
import { listExerciseIds, readExerciseFile, readMeta } from "../src/judge-node/exercises";
import { judgeInNode } from "../src/judge-node/judge-node";
import { disposeStandby } from "../src/judge-node/start-sandbox";
import type { JudgeResult } from "../src/judge/types";

const CORE = ["attention", "conv2d", "kmeans", "dfs", "common-ancestors"];
const WARM_RUNS = 10;
const CLI_RUNS = 3;
/** The command-line judge's goals: an accepted core solution, and a time-out past the limit. */
const CLI_ACCEPTED_GOAL_MS = 1000;
const CLI_TIMEOUT_GOAL_OVER_LIMIT_MS = 500;

/** Wall time of one `npm run -s judge -- <id> <file> --json` from the shell, as the goals are stated. */
function cliRun(id: string, file: string): { ms: number; verdict: string } {
  const t0 = performance.now();
  const r = spawnSync("npm", ["run", "-s", "judge", "--", id, file, "--json"], { encoding: "utf8" });
  const ms = performance.now() - t0;
  try {
    return { ms, verdict: (JSON.parse(r.stdout) as { verdict: string }).verdict };
  } catch {
    return { ms, verdict: `failed: ${r.stderr.slice(0, 200)}` };
  }
}

interface Sample {
  wallMs: number;
  transpileMs: number;
  workerStartMs: number;
  testsMs: number;
  backend: string;
  verdict: string;
}

async function measure(id: string): Promise<Sample> {
  const source = readExerciseFile(id, "reference.ts");
  const t0 = performance.now();
  const r: JudgeResult = await judgeInNode(id, source, { mode: "submit" });
  return {
    wallMs: performance.now() - t0,
    transpileMs: r.timings.transpileMs,
    workerStartMs: r.timings.workerStartMs,
    testsMs: r.timings.testsMs,
    backend: r.backend,
    verdict: r.verdict,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(8);

async function coldChild(id: string): Promise<void> {
  const t0 = performance.now();
  const s = await measure(id);
  // Includes loading the exercise, tfjs and the backend probe: what a first CLI run pays.
  process.stdout.write(JSON.stringify({ ...s, wallMs: performance.now() - t0 }) + "\n");
  disposeStandby();
  process.exit(0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--cold") return coldChild(args[1]!);
  const known = new Set(listExerciseIds());
  console.log(`tensorkata judge benchmark — Node ${process.version}, reference solutions, Submit (all tests)`);
  console.log(`cold = first run in a fresh process; warm = median of ${WARM_RUNS} runs in one process; cli = median of ${CLI_RUNS} runs of`);
  console.log(`\`npm run -s judge -- <id> exercises/<id>/reference.ts --json\` from start to exit (goal <= ${CLI_ACCEPTED_GOAL_MS}); times in ms\n`);
  if (!args.includes("--browser-only")) await ensureJudgeBuild(); // a build is not a run: do it first
  console.log(`${"exercise".padEnd(18)}${"backend".padEnd(9)}${"cold".padStart(8)}${"warm".padStart(8)}${"transp.".padStart(8)}${"worker".padStart(8)}${"tests".padStart(8)}${"cli".padStart(8)}  verdict`);
  for (const id of args.includes("--browser-only") ? [] : CORE) {
    if (!known.has(id)) {
      console.log(`${id.padEnd(18)}(not in exercises/)`);
      continue;
    }
    const child = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, "--cold", id], { encoding: "utf8" });
    const coldLine = child.stdout.trim().split("\n").pop() ?? "";
    let cold: Sample | null = null;
    try {
      cold = JSON.parse(coldLine) as Sample;
    } catch {
      console.log(`${id.padEnd(18)}cold run failed: ${child.stderr.slice(0, 300)}`);
    }
    await measure(id); // warm-up: loads the exercise and tfjs in this process
    const warm: Sample[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await measure(id));
    const cli = Array.from({ length: CLI_RUNS }, () => cliRun(id, `exercises/${id}/reference.ts`));
    const cliVerdicts = [...new Set(cli.map((c) => c.verdict))].filter((v) => v !== warm[0]!.verdict);
    console.log(
      `${id.padEnd(18)}${warm[0]!.backend.padEnd(9)}${cold ? fmt(cold.wallMs) : "     n/a"}${fmt(median(warm.map((s) => s.wallMs)))}` +
        `${fmt(median(warm.map((s) => s.transpileMs)))}${fmt(median(warm.map((s) => s.workerStartMs)))}${fmt(median(warm.map((s) => s.testsMs)))}` +
        `${fmt(median(cli.map((c) => c.ms)))}  ${warm[0]!.verdict}${cliVerdicts.length ? ` (cli: ${cliVerdicts.join(", ")})` : ""}`,
    );
  }
  disposeStandby();
  if (!args.includes("--browser-only") && known.has("dfs")) {
    // An endless loop: the verdict should come about the time limit after the start.
    const loop = join(mkdtempSync(join(tmpdir(), "tensorkata-bench-")), "loop.ts");
    writeFileSync(loop, "export function dfs(graph: number[][], start: number): number[] { for (;;) {} }\n");
    const { timeLimitMs } = readMeta("dfs");
    const r = cliRun("dfs", loop);
    console.log(`\ncli time-out (dfs, for (;;) {}): ${r.ms.toFixed(0)} ms to ${r.verdict}; goal <= ${timeLimitMs + CLI_TIMEOUT_GOAL_OVER_LIMIT_MS} (limit ${timeLimitMs} + ${CLI_TIMEOUT_GOAL_OVER_LIMIT_MS})`);
  }

  if (args.includes("--node-only")) return;
  const browserBench = new URL("./bench-browser.ts", import.meta.url).pathname;
  if (!existsSync("/usr/bin/chromium") || !existsSync(browserBench)) {
    console.log("\n(browser figures skipped: needs /usr/bin/chromium and scripts/bench-browser.ts)");
    return;
  }
  const { runBrowserBench } = (await import(browserBench)) as { runBrowserBench: (core: string[]) => Promise<void> };
  await runBrowserBench(CORE);
}

void main().then(() => process.exit(0), (e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
