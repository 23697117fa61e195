// tensorkata's judge from the command line: the same core the browser uses.
//   npm run -s judge -- <exercise-id> <solution.ts> [--json] [--examples]
// Exit 0 when accepted, 1 when not, 2 on bad usage.
import { readFileSync, statSync } from "node:fs";
import { listExerciseIds } from "../judge-node/exercises";
import { judgeInNode } from "../judge-node/judge-node";
import { disposeStandby, warmNodeSandbox } from "../judge-node/start-sandbox";
import type { JudgeResult, TestResult } from "../judge/types";

const USAGE = "usage: npm run -s judge -- <exercise-id> <solution.ts> [--json] [--examples]";

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const positional = argv.filter((a) => !a.startsWith("--"));
  for (const f of flags) if (f !== "--json" && f !== "--examples") usageError(`Unknown option ${f}.`);
  if (positional.length !== 2) usageError(positional.length < 2 ? "Missing arguments." : `Too many arguments: ${positional.slice(2).join(" ")}`);
  return { id: positional[0]!, file: positional[1]!, json: flags.has("--json"), examplesOnly: flags.has("--examples") };
}

const STATUS_MARK: Record<TestResult["status"], string> = { passed: "PASS", failed: "FAIL", error: "ERROR", timeout: "TIME", skipped: "SKIP" };

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

function toJson(r: JudgeResult): string {
  return JSON.stringify({
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
  const { id, file, json, examplesOnly } = parseArgs(process.argv.slice(2));
  const known = listExerciseIds();
  if (!known.includes(id)) usageError(`Unknown exercise "${id}". Known exercises:\n  ${known.join("\n  ")}`);
  let source: string;
  try {
    if (statSync(file).isDirectory()) usageError(`"${file}" is a directory, not a solution file.`);
    source = readFileSync(file, "utf8");
  } catch (e) {
    usageError(`Cannot read "${file}": ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}.`);
  }
  // Boot the sandbox thread while this one loads the exercise and builds its tests.
  warmNodeSandbox();
  const result = await judgeInNode(id, source, { mode: examplesOnly ? "examples" : "submit" });
  if (json) process.stdout.write(`${toJson(result)}\n`);
  else printHuman(result);
  disposeStandby();
  process.exit(result.verdict === "accepted" ? 0 : 1);
}

main().catch((e) => {
  process.stderr.write(`tensorkata judge failed unexpectedly: ${(e as Error).message ?? e}\n`);
  process.exit(1);
});
