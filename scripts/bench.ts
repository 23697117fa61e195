// Prints how long the judge takes to Submit each core exercise's reference solution:
// cold (first run in a fresh process) and warm (median of 10 in one process), split into
// transpile, worker start (sandbox boot + loading the code) and tests, with the tfjs
// backend used. Figures only: no pass/fail. With --browser (or by default when Chromium
// and a build are available) it also measures the app in headless Chromium.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { listExerciseIds, readExerciseFile } from "../src/judge-node/exercises";
import { judgeInNode } from "../src/judge-node/judge-node";
import { disposeStandby } from "../src/judge-node/start-sandbox";
import type { JudgeResult } from "../src/judge/types";

const CORE = ["attention", "conv2d", "kmeans", "dfs", "common-ancestors"];
const WARM_RUNS = 10;

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
  console.log(`cold = first run in a fresh process; warm = median of ${WARM_RUNS} runs in one process; times in ms\n`);
  console.log(`${"exercise".padEnd(18)}${"backend".padEnd(9)}${"cold".padStart(8)}${"warm".padStart(8)}${"transp.".padStart(8)}${"worker".padStart(8)}${"tests".padStart(8)}  verdict`);
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
    console.log(
      `${id.padEnd(18)}${warm[0]!.backend.padEnd(9)}${cold ? fmt(cold.wallMs) : "     n/a"}${fmt(median(warm.map((s) => s.wallMs)))}` +
        `${fmt(median(warm.map((s) => s.transpileMs)))}${fmt(median(warm.map((s) => s.workerStartMs)))}${fmt(median(warm.map((s) => s.testsMs)))}  ${warm[0]!.verdict}`,
    );
  }
  disposeStandby();

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
