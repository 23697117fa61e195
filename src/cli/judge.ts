// tensorkata's judge from the command line: the same core the browser uses.
//   npm run -s judge -- <exercise-id> <solution.ts> [<solution.ts> ...] [--json] [--examples]
// Many files are judged in order by one process and one sandbox pool, so a grader pays
// start-up once. Exit 0 when all are accepted, 1 when any is not, 2 on bad usage.
import { readFileSync, statSync } from "node:fs";
import { listExerciseIds, readMeta } from "../judge-node/exercises";
import { judgeInNode } from "../judge-node/judge-node";
import { disposeStandby, planNodeSandboxes, warmNodeSandbox } from "../judge-node/start-sandbox";
import { DEFAULT_MEMORY_LIMIT_MB, type JudgeResult, type TestResult } from "../judge/types";

const USAGE = "usage: npm run -s judge -- <exercise-id> <solution.ts> [<solution.ts> ...] [--json] [--examples]";

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const positional = argv.filter((a) => !a.startsWith("--"));
  for (const f of flags) if (f !== "--json" && f !== "--examples") usageError(`Unknown option ${f}.`);
  if (positional.length < 2) usageError("Missing arguments.");
  return { id: positional[0]!, files: positional.slice(1), json: flags.has("--json"), examplesOnly: flags.has("--examples") };
}

const STATUS_MARK: Record<TestResult["status"], string> = {
  passed: "PASS", failed: "FAIL", error: "ERROR", timeout: "TIME", "out-of-memory": "MEM", skipped: "SKIP",
};

function printHuman(r: JudgeResult): void {
  for (const t of r.tests) {
    process.stdout.write(`${STATUS_MARK[t.status].padEnd(5)} ${t.name} (${t.ms} ms)\n`);
    if (t.status !== "passed" && t.status !== "skipped") {
      if (t.message) process.stdout.write(`      ${t.message}\n`);
      if (t.location) process.stdout.write(`      at line ${t.location.line}, column ${t.location.column}\n`);
      if (t.shrunkInput) process.stdout.write(`      smallest failing input:\n${indent(t.shrunkInput)}\n`);
      else if (t.input) process.stdout.write(`      input:\n${indent(t.input)}\n`);
      if (t.logs?.length) process.stdout.write(`      console:\n${indent(t.logs.join("\n"))}\n`);
    }
  }
  if (r.message && r.tests.length === 0) process.stdout.write(`${r.message}${r.location ? ` (line ${r.location.line}, column ${r.location.column})` : ""}\n`);
  process.stdout.write(`\n${r.verdict.toUpperCase().replace(/-/g, " ")}: ${r.passed}/${r.total} tests passed (tfjs backend: ${r.backend})\n`);
}

function indent(text: string): string {
  return text.split("\n").map((l) => `        ${l}`).join("\n");
}

/** One line of JSON; in a batch each line also names its file. */
function toJson(r: JudgeResult, file?: string): string {
  return JSON.stringify({
    ...(file !== undefined ? { file } : {}),
    exercise: r.exercise,
    verdict: r.verdict,
    passed: r.passed,
    total: r.total,
    backend: r.backend,
    ...(r.message ? { message: r.message } : {}),
    tests: r.tests.map((t) => ({ name: t.name, status: t.status, ms: t.ms, ...(t.message ? { message: t.message } : {}) })),
  });
}

async function main(): Promise<void> {
  const { id, files, json, examplesOnly } = parseArgs(process.argv.slice(2));
  const known = listExerciseIds();
  if (!known.includes(id)) usageError(`Unknown exercise "${id}". Known exercises:\n  ${known.join("\n  ")}`);
  // Every file is read before any is judged: a typo in the list fails fast, with no partial output.
  const sources = files.map((file) => readSolution(file));
  const batch = files.length > 1;
  const meta = readMeta(id);
  // Sandboxes for a tfjs exercise start loading tfjs at once; the last file's run boots no
  // standby behind it, as this process exits after it.
  const planRun = (i: number) => planNodeSandboxes({ tfjs: Boolean(meta.tfjs), moreRuns: i < files.length - 1 });
  planRun(0);
  // Boot the sandbox while this thread loads the exercise and builds its tests.
  warmNodeSandbox(meta.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB);
  let allAccepted = true;
  for (const [i, file] of files.entries()) {
    planRun(i);
    const result = await judgeInNode(id, sources[i]!, { mode: examplesOnly ? "examples" : "submit" });
    if (result.verdict !== "accepted") allAccepted = false;
    if (json) process.stdout.write(`${toJson(result, batch ? file : undefined)}\n`);
    else {
      if (batch) process.stdout.write(`${i > 0 ? "\n" : ""}== ${file}\n`);
      printHuman(result);
    }
  }
  disposeStandby();
  process.exit(allAccepted ? 0 : 1);
}

function readSolution(file: string): string {
  try {
    if (statSync(file).isDirectory()) usageError(`"${file}" is a directory, not a solution file.`);
    return readFileSync(file, "utf8");
  } catch (e) {
    usageError(`Cannot read "${file}": ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}.`);
  }
}

main().catch((e) => {
  process.stderr.write(`tensorkata judge failed unexpectedly: ${(e as Error).message ?? e}\n`);
  process.exit(1);
});
