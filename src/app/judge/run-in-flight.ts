// A run in flight, written to storage before the user's code starts and removed when the
// run ends. A Web Worker's memory cannot be capped, and in Chromium a solution that
// hoards memory takes the whole tab down with it, so this record is how the app learns,
// on its next start, that the page died during a run: it then records the run as
// memory-limit-exceeded and says so. Leaving the page normally (pagehide) removes it.
import type { StateStorage } from "zustand/middleware";
import { RESULTS_FORMAT_VERSION, type JudgeMode, type JudgeResult } from "../../judge/types";

export const RUN_IN_FLIGHT_KEY = "tensorkata.run-in-flight";

export interface RunInFlight {
  exerciseId: string;
  kind: JudgeMode | "custom";
  startedAt: number;
  /** Tests finished before the page died, of `total` (null until known). */
  done: number;
  total: number | null;
  /** False for code viewed from a link: its verdict changes no progress. */
  ownCode: boolean;
}

export function recordRunInFlight(storage: StateStorage, run: RunInFlight): void {
  try {
    void storage.setItem(RUN_IN_FLIGHT_KEY, JSON.stringify(run));
  } catch {
    // Storage full or off: the run goes ahead; only the notice after a crash is lost.
  }
}

export function clearRunInFlight(storage: StateStorage): void {
  try {
    void storage.removeItem(RUN_IN_FLIGHT_KEY);
  } catch {
    // nothing to clear
  }
}

/** The run that was in flight when the page last died, removed from storage; null if none. */
export function takeInterruptedRun(storage: StateStorage): RunInFlight | null {
  let text: string | null;
  try {
    text = storage.getItem(RUN_IN_FLIGHT_KEY) as string | null;
  } catch {
    return null;
  }
  if (text === null) return null;
  clearRunInFlight(storage);
  try {
    const run = JSON.parse(text) as Partial<RunInFlight>;
    if (typeof run.exerciseId !== "string" || !["examples", "submit", "custom"].includes(String(run.kind))) return null;
    return {
      exerciseId: run.exerciseId,
      kind: run.kind!,
      startedAt: Number(run.startedAt) || 0,
      done: Number(run.done) || 0,
      total: typeof run.total === "number" ? run.total : null,
      ownCode: run.ownCode !== false,
    };
  } catch {
    return null;
  }
}

export const CRASH_NOTICE =
  "Your last run stopped the page, most likely by using too much memory. Your code is kept: it is in the editor as you left it.";

/** The result the interrupted run is recorded with. */
export function interruptedRunResult(run: RunInFlight & { kind: JudgeMode }): JudgeResult {
  const finished = run.total ? ` after ${run.done} of ${run.total} tests had finished` : "";
  return {
    formatVersion: RESULTS_FORMAT_VERSION,
    exercise: run.exerciseId,
    mode: run.kind,
    verdict: "memory-limit-exceeded",
    passed: run.done,
    total: run.total ?? 0,
    backend: "none",
    message:
      `The page stopped while your code ran${finished}, most likely because it used too much memory. ` +
      "Look for arrays, maps or tensors that grow without bound, or are far larger than the input.",
    tests: [],
    timings: { transpileMs: 0, workerStartMs: 0, testsMs: 0, totalMs: 0 },
  };
}
