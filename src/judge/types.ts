// The shapes every part of tensorkata agrees on: exercise metadata, values that
// cross worker boundaries, and the versioned results format (CLI and browser alike).

export type Difficulty = "easy" | "medium" | "hard";

/** exercises/<id>/exercise.json */
export interface ExerciseMeta {
  id: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  /** Suggested solving time, minutes. */
  minutes: number;
  /** Wall-clock budget for the user's code in one judge run (all tests together), ms. */
  timeLimitMs: number;
  /** Name of the function the solution must export. */
  entry: string;
  /** True when the exercise's inputs or reference use tfjs tensors. */
  tfjs?: boolean;
  /** JS heap budget for the user's code, MiB (default DEFAULT_MEMORY_LIMIT_MB). */
  memoryLimitMb?: number;
}

/** The memory budget of an exercise that sets none: 1 GiB of JS heap. */
export const DEFAULT_MEMORY_LIMIT_MB = 1024;

export type TensorDType = "float32" | "int32" | "bool";

/** A tensor as plain data, so it can be structured-cloned between workers. */
export interface TensorValue {
  $tensor: { shape: number[]; dtype: TensorDType; values: Float32Array | Int32Array | Uint8Array };
}

/** Something the serializer could not carry (a function, a symbol, a cycle...). */
export interface OpaqueValue {
  $opaque: string;
}

/**
 * A value that crosses a worker boundary: JSON-like data (NaN, Infinity, undefined and
 * typed arrays allowed), tensors as TensorValue.
 */
export type Value = unknown;

export type Verdict =
  | "accepted" | "wrong-answer" | "runtime-error" | "time-limit-exceeded" | "memory-limit-exceeded" | "compile-error";

export type TestStatus = "passed" | "failed" | "error" | "timeout" | "out-of-memory" | "skipped";

/** Where a failure differs, for the results panel. */
export interface Mismatch {
  /** Human-readable path into the value, e.g. "[3][1]" or "labels[7]". */
  path?: string;
  expected?: string;
  got?: string;
  expectedShape?: number[];
  gotShape?: number[];
  maxAbsError?: number;
  maxRelError?: number;
}

export interface SourceLocation {
  line: number;
  column: number;
}

export interface TestResult {
  name: string;
  status: TestStatus;
  ms: number;
  /** Why it failed, in words for the person who wrote the code. */
  message?: string;
  /** The input, in full when small, else summarised by shape and a few values. */
  input?: string;
  expected?: string;
  got?: string;
  mismatch?: Mismatch;
  /** For a failing seeded random test: the smallest failing input found by shrinking. */
  shrunkInput?: string;
  /** Where in the user's source a runtime error was thrown. */
  location?: SourceLocation;
  /** What the user's code printed during this test. */
  logs?: string[];
  hidden?: boolean;
}

export type JudgeMode = "examples" | "submit";

export interface JudgeTimings {
  transpileMs: number;
  workerStartMs: number;
  testsMs: number;
  totalMs: number;
  /** The user's own code: its calls' times summed, as measured in the sandbox (absent in results saved before it was recorded). */
  userMs?: number;
}

/** 2: the verdict "memory-limit-exceeded" and the test status "out-of-memory". */
export const RESULTS_FORMAT_VERSION = 2;

export interface JudgeResult {
  formatVersion: typeof RESULTS_FORMAT_VERSION;
  exercise: string;
  mode: JudgeMode;
  verdict: Verdict;
  passed: number;
  total: number;
  /** The tfjs backend the checks used ("wasm", "webgl", "cpu"), or "none". */
  backend: string;
  /** A message for the whole run (compile errors, a crashed worker...). */
  message?: string;
  location?: SourceLocation;
  tests: TestResult[];
  timings: JudgeTimings;
}

/** What a custom-input run returns: the user's output beside the reference's. */
export interface CustomRunResult {
  ok: boolean;
  /** Set when the input could not be parsed or the code did not compile. */
  message?: string;
  got?: string;
  expected?: string;
  status?: TestStatus;
  verdictMessage?: string;
  location?: SourceLocation;
  logs?: string[];
  ms?: number;
}
