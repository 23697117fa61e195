// The checker: owns the inputs, the reference and the comparison. It sends inputs to
// a sandbox worker running the user's code, receives plain-data outputs, and judges
// them here, where user code cannot reach. Runaway code is stopped by terminating the
// sandbox worker when the run's time budget is spent.
import * as fc from "fast-check";
import { compileSolution } from "./compile";
import type { ExerciseChecks, TestCase, Checker } from "./kit";
import { hashSeed, Rng } from "./rng";
import type { CallOutcome, LoadOutcome } from "./sandbox-core";
import { fromLive, toLive, type TfLike } from "./tf-values";
import {
  DEFAULT_MEMORY_LIMIT_MB, RESULTS_FORMAT_VERSION,
  type CustomRunResult, type ExerciseMeta, type JudgeMode, type JudgeResult, type TestResult, type Value, type Verdict,
} from "./types";
import { cloneValue, describeArgs, describeValue, firstDifference, tensor } from "./values";

/** A running sandbox worker, as the platform (Node or browser) provides it. */
export interface SandboxHandle {
  prepare(needsTf: boolean, backend: string): Promise<string>;
  load(js: string, entry: string): Promise<LoadOutcome>;
  call(args: Value[]): Promise<CallOutcome>;
  terminate(): void;
  /** Settles if the worker dies on its own (exit, crash, out of memory). */
  died: Promise<SandboxDeath>;
}

/** Why a sandbox died: in words, and whether it ran out of memory. */
export interface SandboxDeath {
  reason: string;
  outOfMemory: boolean;
}

export interface LoadedExercise {
  meta: ExerciseMeta;
  checks: ExerciseChecks;
  /** The reference solution's entry function. */
  reference: (...args: unknown[]) => unknown;
}

export interface JudgeEnv {
  /** A fresh sandbox whose user code may use up to memoryLimitMb of JS heap (where the platform can enforce it). */
  startSandbox(memoryLimitMb: number): Promise<SandboxHandle>;
  /** The checker's own tfjs on the backend measured fastest here; loaded only when needed. */
  loadTf(): Promise<{ tf: TfLike; backend: string }>;
}

/** What one run needs of tfjs: the checker's instance (tensor exercises) and the backend name. */
interface TfContext {
  tf: TfLike | null;
  backend: string;
}

async function tfContext(env: JudgeEnv, exerciseUsesTf: boolean, codeUsesTf: boolean): Promise<TfContext> {
  if (!exerciseUsesTf && !codeUsesTf) return { tf: null, backend: "none" };
  const { tf, backend } = await env.loadTf();
  return { tf: exerciseUsesTf ? tf : null, backend };
}

export interface JudgeOptions {
  mode: JudgeMode;
  onTest?: (test: TestResult, done: number, total: number) => void;
}

/** Time allowed for the sandbox to start and load tfjs: not the user's time. */
const PREPARE_TIMEOUT_MS = 60_000;
/** Extra calls allowed for shrinking a failing random case. */
const SHRINK_CALLS = 150;

const VERDICT_OF: Record<string, Verdict> = {
  failed: "wrong-answer", error: "runtime-error", timeout: "time-limit-exceeded", "out-of-memory": "memory-limit-exceeded",
};

type Raced<T> = { kind: "value"; value: T } | { kind: "timeout" } | { kind: "died"; death: SandboxDeath };

function race<T>(p: Promise<T>, ms: number, died: Promise<SandboxDeath>): Promise<Raced<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve({ kind: "timeout" }), Math.max(0, ms));
    p.then((value) => { clearTimeout(timer); resolve({ kind: "value", value }); }, (e) => { clearTimeout(timer); reject(e); });
    died.then((death) => { clearTimeout(timer); resolve({ kind: "died", death }); });
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}

/** The user's code in one sandbox, with the run's remaining time budget. */
class UserSession {
  remainingMs: number;
  /** The calls' own times, measured in the sandbox around the user's function. */
  userMs = 0;
  ended: { status: "timeout" | "error" | "out-of-memory"; message: string } | null = null;
  constructor(private handle: SandboxHandle, private limitMs: number, private memoryLimitMb: number) {
    this.remainingMs = limitMs;
  }
  private async timed<T>(p: Promise<T>): Promise<Raced<T>> {
    const start = performance.now();
    const r = await race(p, this.remainingMs, this.handle.died);
    this.remainingMs -= performance.now() - start;
    if (r.kind === "timeout") {
      this.handle.terminate();
      this.ended = {
        status: "timeout",
        message: `Time limit exceeded: your code used the whole ${seconds(this.limitMs)} allowed for this run and was stopped.`,
      };
    } else if (r.kind === "died" && r.death.outOfMemory) {
      this.ended = {
        status: "out-of-memory",
        message: `Memory limit exceeded: your code used more than the ${this.memoryLimitMb} MB of memory allowed and was stopped.`,
      };
    } else if (r.kind === "died") {
      this.ended = { status: "error", message: `The worker running your code stopped: ${r.death.reason}` };
    }
    return r;
  }
  async load(js: string, entry: string) {
    return this.timed(this.handle.load(js, entry));
  }
  async call(args: Value[]): Promise<CallOutcome | { ok: false; ended: true }> {
    if (this.ended) return { ok: false, ended: true };
    const r = await this.timed(this.handle.call(args));
    if (r.kind !== "value") return { ok: false, ended: true };
    this.userMs += r.value.ms;
    return r.value;
  }
}

/** Computes the expected value in the checker, from its own copy of the inputs. */
async function expectedFor(ex: LoadedExercise, tf: TfLike | null, args: Value[]): Promise<Value> {
  if (tf) tf.engine().startScope();
  try {
    const live = args.map((a) => toLive(tf, cloneValue(a)));
    let out = ex.checks.expected ? ex.checks.expected(tf!, ...live) : ex.reference(...live);
    if (out instanceof Promise) out = await out;
    return fromLive(tf, out);
  } finally {
    if (tf) tf.engine().endScope();
  }
}

/**
 * Expected value and input description per argument list. Test cases are deterministic,
 * so a case's expected value is computed once per process, not on every run (and not
 * twice when a run starts while prepareSubmit is still at work).
 */
const preparedCases = new WeakMap<LoadedExercise, WeakMap<Value[], Promise<{ input: string; expected: Value }>>>();

function prepareCase(ex: LoadedExercise, tf: TfLike | null, args: Value[]): Promise<{ input: string; expected: Value }> {
  let byArgs = preparedCases.get(ex);
  if (!byArgs) preparedCases.set(ex, (byArgs = new WeakMap()));
  let prepared = byArgs.get(args);
  if (!prepared) {
    const input = describeArgs(args, ex.checks.params.map((p) => p.name));
    prepared = expectedFor(ex, tf, args).then((expected) => ({ input, expected }));
    prepared.catch(() => byArgs.delete(args));
    byArgs.set(args, prepared);
  }
  return prepared;
}

interface CaseOutcome {
  result: TestResult;
  ended: boolean;
}

async function runCase(
  ex: LoadedExercise, env: TfContext, session: UserSession, name: string, args: Value[], check: Checker, hidden: boolean,
): Promise<CaseOutcome> {
  const names = ex.checks.params.map((p) => p.name);
  let prepared: { input: string; expected: Value };
  try {
    prepared = await prepareCase(ex, env.tf, args);
  } catch (e) {
    // A bug in the exercise, not in the user's code: say so instead of failing the whole run.
    const message = `The exercise's reference solution failed on this input (${(e as Error).message ?? e}); this test cannot be judged.`;
    return { result: { name, status: "error", ms: 0, input: describeArgs(args, names), hidden, message }, ended: false };
  }
  const { input, expected } = prepared;
  const base: TestResult = { name, status: "passed", ms: 0, input, hidden };
  const out = await session.call(args);
  if ("ended" in out) {
    return { result: { ...base, status: session.ended!.status, message: session.ended!.message }, ended: true };
  }
  const result: TestResult = { ...base, ms: Math.round(out.ms * 100) / 100, logs: out.logs.length ? out.logs : undefined };
  if (!out.ok) return { result: { ...result, status: "error", message: out.message, location: out.location }, ended: false };
  result.got = describeValue(out.value);
  result.expected = describeValue(expected);
  if (out.mutated) {
    const param = names[out.mutated.arg] ?? `argument ${out.mutated.arg + 1}`;
    const where = out.mutated.path ?? firstDifference(args[out.mutated.arg], out.mutated.after);
    return {
      result: {
        ...result, status: "failed",
        message: `Your function modified its input "${param}" (first change at ${where ?? "the top level"}). Solutions must not mutate their inputs: work on a copy.`,
      },
      ended: false,
    };
  }
  let verdict;
  try {
    verdict = check(out.value, expected, args);
  } catch (e) {
    verdict = { pass: false as const, message: `Your output could not be checked: ${(e as Error).message ?? e}` };
  }
  if (verdict.pass) return { result, ended: false };
  return { result: { ...result, status: "failed", message: verdict.message, mismatch: verdict.mismatch }, ended: false };
}

async function runProperty(
  ex: LoadedExercise, env: TfContext, session: UserSession, prop: NonNullable<ExerciseChecks["properties"]>[number],
): Promise<CaseOutcome> {
  const check = prop.check ?? ex.checks.check;
  const numRuns = prop.runs ?? 50;
  let runs = 0, ms = 0, shrinkCalls = 0;
  let firstFailure: { args: Value[]; result: TestResult } | null = null;
  let lastFailure: { args: Value[]; result: TestResult } | null = null;
  let stop: CaseOutcome | null = null;
  const property = fc.asyncProperty(prop.arbitrary, async (args) => {
    if (stop) return true;
    if (firstFailure && ++shrinkCalls > SHRINK_CALLS) return true;
    runs++;
    const { result, ended } = await runCase(ex, env, session, prop.name, args, check, true);
    ms += result.ms;
    if (ended) {
      stop = { result: { ...result, input: describeArgs(args, ex.checks.params.map((p) => p.name)) }, ended: true };
      return true;
    }
    if (result.status === "passed") return true;
    lastFailure = { args, result };
    firstFailure ??= lastFailure;
    return false;
  });
  const details = await fc.check(property, { seed: hashSeed(`${ex.meta.id}:${prop.name}`) | 0, numRuns });
  const label = `${prop.name} (${Math.min(runs, numRuns)} seeded random cases)`;
  if (stop) return { result: { ...(stop as CaseOutcome).result, name: label }, ended: true };
  if (!details.failed || !firstFailure) return { result: { name: label, status: "passed", ms: Math.round(ms), hidden: true }, ended: false };
  const names = ex.checks.params.map((p) => p.name);
  const first: { args: Value[]; result: TestResult } = firstFailure;
  let smallest: { args: Value[]; result: TestResult } = lastFailure ?? first;
  const counter = details.counterexample?.[0] as Value[] | undefined;
  if (counter && firstDifference(counter, smallest.args) !== null) {
    // fast-check's final counterexample is not the last failure seen: run it once more for its message.
    const rerun = await runCase(ex, env, session, prop.name, counter, check, true);
    if (rerun.result.status !== "passed") smallest = { args: counter, result: rerun.result };
  }
  return {
    result: {
      ...smallest.result,
      name: label,
      ms: Math.round(ms),
      input: describeArgs(first.args, names),
      shrunkInput: describeArgs(smallest.args, names),
    },
    ended: false,
  };
}

function emptyResult(ex: LoadedExercise, mode: JudgeMode): JudgeResult {
  return {
    formatVersion: RESULTS_FORMAT_VERSION, exercise: ex.meta.id, mode, verdict: "accepted", passed: 0, total: 0, backend: "none",
    tests: [], timings: { transpileMs: 0, workerStartMs: 0, testsMs: 0, totalMs: 0, userMs: 0 },
  };
}

/** Hidden cases are seeded, hence the same every time: build them once per loaded exercise. */
const hiddenCache = new WeakMap<LoadedExercise, (TestCase & { hidden: boolean })[]>();

/** The test cases a mode runs, in order: examples, then (Submit) hidden cases, then properties. */
export function plannedCases(ex: LoadedExercise, mode: JudgeMode): { cases: (TestCase & { hidden: boolean })[]; properties: NonNullable<ExerciseChecks["properties"]> } {
  const cases = ex.checks.examples.map((c, i) => ({ ...c, name: c.name || `example ${i + 1}`, hidden: false }));
  if (mode === "examples") return { cases, properties: [] };
  let hidden = hiddenCache.get(ex);
  if (!hidden) {
    hidden = ex.checks.hidden({ rng: new Rng(hashSeed(ex.meta.id)) }).map((c) => ({ ...c, hidden: true }));
    hiddenCache.set(ex, hidden);
  }
  return { cases: [...cases, ...hidden], properties: ex.checks.properties ?? [] };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Judges `source` against an exercise: Run (examples) or Submit (everything). */
export async function judge(ex: LoadedExercise, source: string, env: JudgeEnv, options: JudgeOptions): Promise<JudgeResult> {
  const t0 = performance.now();
  const { mode, onTest } = options;
  const result = emptyResult(ex, mode);
  const { cases, properties } = plannedCases(ex, mode);
  const total = cases.length + properties.length;
  result.total = total;

  const compiled = compileSolution(source);
  result.timings.transpileMs = round(performance.now() - t0);
  if (!compiled.ok) {
    result.verdict = "compile-error";
    result.message = compiled.message;
    result.location = compiled.location;
    result.timings.totalMs = round(performance.now() - t0);
    return result;
  }

  const tStart = performance.now();
  const memoryLimitMb = ex.meta.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
  const [handle, tfc] = await Promise.all([env.startSandbox(memoryLimitMb), tfContext(env, Boolean(ex.meta.tfjs), compiled.usesTf)]);
  result.backend = tfc.backend;
  try {
    const prepared = await race(handle.prepare(tfc.backend !== "none", tfc.backend), PREPARE_TIMEOUT_MS, handle.died);
    if (prepared.kind !== "value") {
      result.verdict = "runtime-error";
      result.message = prepared.kind === "died" ? `The sandbox worker failed to start: ${prepared.death.reason}` : "The sandbox worker did not start in time.";
      return result;
    }
    const session = new UserSession(handle, ex.meta.timeLimitMs, memoryLimitMb);
    const loaded = await session.load(compiled.js, ex.meta.entry);
    result.timings.workerStartMs = round(performance.now() - tStart);
    if (loaded.kind !== "value" || !loaded.value.ok) {
      const failure = loaded.kind === "value" && !loaded.value.ok ? loaded.value : null;
      result.verdict = failure ? (failure.kind === "compile" ? "compile-error" : "runtime-error") : VERDICT_OF[session.ended!.status]!;
      result.message = failure ? failure.message : `While loading your code: ${session.ended!.message}`;
      result.location = failure?.location;
      return result;
    }

    const tTests = performance.now();
    const report = (t: TestResult) => {
      result.tests.push(t);
      if (t.status === "passed") result.passed++;
      onTest?.(t, result.tests.length, total);
    };
    const skipRest = (names: string[], hidden: boolean[]) =>
      names.forEach((name, i) => report({ name, status: "skipped", ms: 0, hidden: hidden[i], message: "Not run: the run ended before this test." }));

    for (let i = 0; i < cases.length; i++) {
      const c = cases[i]!;
      const { result: t, ended } = await runCase(ex, tfc, session, c.name, c.args, c.check ?? ex.checks.check, c.hidden);
      report(t);
      if (ended) {
        skipRest([...cases.slice(i + 1).map((x) => x.name), ...properties.map((p) => p.name)], [...cases.slice(i + 1).map((x) => x.hidden), ...properties.map(() => true)]);
        break;
      }
    }
    if (!session.ended) {
      for (let i = 0; i < properties.length; i++) {
        const { result: t, ended } = await runProperty(ex, tfc, session, properties[i]!);
        report(t);
        if (ended) {
          skipRest(properties.slice(i + 1).map((p) => p.name), properties.slice(i + 1).map(() => true));
          break;
        }
      }
    }
    result.timings.testsMs = round(performance.now() - tTests);
    result.timings.userMs = round(session.userMs);
    const firstBad = result.tests.find((t) => t.status !== "passed" && t.status !== "skipped");
    result.verdict = firstBad ? VERDICT_OF[firstBad.status]! : "accepted";
    if (firstBad) result.message = `${firstBad.name}: ${firstBad.message ?? firstBad.status}`;
    return result;
  } finally {
    handle.terminate();
    result.timings.totalMs = round(performance.now() - t0);
  }
}

/**
 * Runs the user's code and the reference on one input the user wrote (JSON: an array
 * of arguments, or an object keyed by parameter name).
 */
export async function runCustomInput(ex: LoadedExercise, source: string, inputJson: string, env: JudgeEnv): Promise<CustomRunResult> {
  let args: Value[];
  try {
    args = parseCustomInput(ex, inputJson);
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const invalid = ex.checks.validateInput?.(args);
  if (invalid) return { ok: false, message: `This input breaks the exercise's rules: ${invalid}` };
  const compiled = compileSolution(source);
  const tfc = await tfContext(env, Boolean(ex.meta.tfjs), compiled.ok && compiled.usesTf);
  let expected: Value;
  try {
    expected = await expectedFor(ex, tfc.tf, args);
  } catch (e) {
    return { ok: false, message: `The reference solution rejects this input: ${(e as Error).message ?? e}` };
  }
  if (!compiled.ok) return { ok: false, message: compiled.message, location: compiled.location, expected: describeValue(expected, 400) };
  const memoryLimitMb = ex.meta.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
  const handle = await env.startSandbox(memoryLimitMb);
  try {
    await race(handle.prepare(tfc.backend !== "none", tfc.backend), PREPARE_TIMEOUT_MS, handle.died);
    const session = new UserSession(handle, ex.meta.timeLimitMs, memoryLimitMb);
    const loaded = await session.load(compiled.js, ex.meta.entry);
    if (loaded.kind !== "value" || !loaded.value.ok) {
      const failure = loaded.kind === "value" && !loaded.value.ok ? loaded.value : null;
      return { ok: false, message: failure?.message ?? session.ended!.message, location: failure?.location, expected: describeValue(expected, 400) };
    }
    const out = await session.call(args);
    if ("ended" in out) return { ok: true, status: session.ended!.status, verdictMessage: session.ended!.message, expected: describeValue(expected, 400) };
    if (!out.ok) return { ok: true, status: "error", verdictMessage: out.message, location: out.location, logs: out.logs, ms: out.ms, expected: describeValue(expected, 400) };
    const verdict = ex.checks.check(out.value, expected, args);
    return {
      ok: true, status: verdict.pass ? "passed" : "failed", verdictMessage: verdict.pass ? undefined : verdict.message,
      got: describeValue(out.value, 400), expected: describeValue(expected, 400), logs: out.logs, ms: out.ms,
    };
  } finally {
    handle.terminate();
  }
}

/** Parses custom input: `[arg1, arg2]` or `{"name": value}`; tensor parameters as nested arrays. */
export function parseCustomInput(ex: LoadedExercise, inputJson: string): Value[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(inputJson);
  } catch (e) {
    throw new Error(`The input is not valid JSON: ${(e as Error).message}`);
  }
  const params = ex.checks.params;
  let args: unknown[];
  if (Array.isArray(parsed)) args = parsed;
  else if (typeof parsed === "object" && parsed !== null) {
    const unknownKeys = Object.keys(parsed).filter((k) => !params.some((p) => p.name === k));
    if (unknownKeys.length) throw new Error(`Unknown parameter ${unknownKeys.join(", ")}; the parameters are ${params.map((p) => p.name).join(", ")}.`);
    args = params.map((p) => (parsed as Record<string, unknown>)[p.name]);
    while (args.length && args[args.length - 1] === undefined) args.pop();
  } else throw new Error(`Write the input as a JSON array of arguments or an object with keys ${params.map((p) => p.name).join(", ")}.`);
  const required = params.filter((p) => !p.optional).length;
  if (args.length < required || args.length > params.length) {
    throw new Error(`Expected ${required === params.length ? required : `${required} to ${params.length}`} arguments (${params.map((p) => p.name + (p.optional ? "?" : "")).join(", ")}), got ${args.length}.`);
  }
  return args.map((a, i) => {
    const p = params[i]!;
    if (!p.tensor || a === undefined || a === null) return a;
    try {
      return tensorOf(a, p.dtype);
    } catch (e) {
      throw new Error(`"${p.name}" must be a rectangular nested array of numbers${p.dtype === "bool" ? " or booleans" : ""}: ${(e as Error).message}`);
    }
  });
}

function tensorOf(a: unknown, dtype?: "float32" | "int32" | "bool"): Value {
  if (typeof a !== "number" && typeof a !== "boolean" && !Array.isArray(a)) throw new Error(`got ${typeof a}`);
  return tensor(a as never, undefined, dtype);
}

/**
 * Builds a Submit's cases and their expected values ahead of time (while the user reads
 * and types), so the first Submit only runs the user's code. Failures are left for the
 * run itself to report.
 */
export async function prepareSubmit(ex: LoadedExercise, env: JudgeEnv): Promise<void> {
  const { cases } = plannedCases(ex, "submit");
  const tfc = await tfContext(env, Boolean(ex.meta.tfjs), false);
  for (const c of cases) await prepareCase(ex, tfc.tf, c.args).catch(() => {});
}

/** The visible examples with their expected outputs, computed by the reference, for the statement pane. */
export async function exampleViews(ex: LoadedExercise, env: JudgeEnv): Promise<{ name: string; input: string; expected: string }[]> {
  const tfc = await tfContext(env, Boolean(ex.meta.tfjs), false);
  const names = ex.checks.params.map((p) => p.name);
  const views = [];
  for (const [i, c] of ex.checks.examples.entries()) {
    const expected = await expectedFor(ex, tfc.tf, c.args);
    views.push({ name: c.name || `example ${i + 1}`, input: describeArgs(c.args, names, 400), expected: describeValue(expected, 400) });
  }
  return views;
}
