// The page's side of judging: one judge client for the page, and the actions that
// start, follow and stop runs, writing what happens into the store.
import { createJudgeClient } from "../../judge-browser/judge-client";
import { RunStoppedError, type ExampleView, type JudgeClient } from "../../judge-browser/judge-client-types";
import type { CustomRunResult, JudgeMode, JudgeResult } from "../../judge/types";
import { afterEditorReady } from "../editor/editor-ready";
import { appStorage, appStore } from "../store/use-app-store";
import { clearRunInFlight, CRASH_NOTICE, interruptedRunResult, recordRunInFlight, takeInterruptedRun, type RunInFlight } from "./run-in-flight";

let client: JudgeClient | null = null;

/** The judge client, started on first use (its workers load tfjs on their own, lazily). */
export function judgeClient(): JudgeClient {
  client ??= createJudgeClient();
  return client;
}

const examplesCache = new Map<string, Promise<ExampleView[]>>();

/**
 * The exercise's visible examples, computed by the judge once the editor is interactive
 * (a Run or Submit before that starts the judge at once). A Stop while they load asks
 * again; other failures are retried on the next call.
 */
export function loadExamples(exerciseId: string): Promise<ExampleView[]> {
  let p = examplesCache.get(exerciseId);
  if (!p) {
    const ask = (): Promise<ExampleView[]> => judgeClient().examples(exerciseId).catch((e) => (e instanceof RunStoppedError ? ask() : Promise.reject(e)));
    p = afterEditorReady().then(ask);
    p.catch(() => examplesCache.delete(exerciseId));
    examplesCache.set(exerciseId, p);
  }
  return p;
}

export const isRunning = () => appStore.getState().run !== null;

/** A judge that failed (not the user's code): shown as a note, never as a verdict. */
function judgeFailureNote(e: unknown): string {
  return `The judge could not finish this run: ${(e as Error)?.message ?? String(e)}`;
}

/**
 * Run (the examples) or Submit (every test). Resolves with the result, or null if stopped
 * or failed. Code the user has not made their own (viewed from a link) gets a result but
 * changes no progress: an Accepted there is not a solve.
 */
export async function startJudgeRun(exerciseId: string, code: string, mode: JudgeMode, ownCode = true): Promise<JudgeResult | null> {
  const s = appStore.getState();
  if (s.run) return null;
  s.startRun(exerciseId, mode, Date.now());
  s.setBottomTab("results");
  const inFlight: RunInFlight = { exerciseId, kind: mode, startedAt: Date.now(), done: 0, total: null, ownCode };
  recordRunInFlight(appStorage, inFlight);
  try {
    const result = await judgeClient().run({ exerciseId, code, mode }, (test, done, total) => {
      appStore.getState().addTestResult(test, done, total);
      recordRunInFlight(appStorage, { ...inFlight, done, total });
    });
    const after = appStore.getState();
    after.setJudgeResult(exerciseId, result);
    if (ownCode) after.noteJudgeResult(exerciseId, result, Date.now());
    after.endRun();
    return result;
  } catch (e) {
    const run = appStore.getState().run;
    const note = e instanceof RunStoppedError
      ? `Stopped. ${run?.total ? `${run.done} of ${run.total} tests had finished.` : "No test had finished."}`
      : judgeFailureNote(e);
    appStore.getState().endRun(note);
    return null;
  } finally {
    clearRunInFlight(appStorage);
  }
}

/** The user's output beside the reference's, for an input the user wrote. */
export async function startCustomRun(exerciseId: string, code: string, input: string): Promise<CustomRunResult | null> {
  const s = appStore.getState();
  if (s.run) return null;
  s.startRun(exerciseId, "custom", Date.now());
  s.setBottomTab("custom");
  recordRunInFlight(appStorage, { exerciseId, kind: "custom", startedAt: Date.now(), done: 0, total: null, ownCode: true });
  try {
    const result = await judgeClient().runCustom({ exerciseId, code, input });
    appStore.getState().setCustomResult(exerciseId, result);
    appStore.getState().endRun();
    return result;
  } catch (e) {
    appStore.getState().setCustomResult(exerciseId, null);
    appStore.getState().endRun(e instanceof RunStoppedError ? "Stopped." : judgeFailureNote(e));
    return null;
  } finally {
    clearRunInFlight(appStorage);
  }
}

/**
 * Called once as the page starts: a run still recorded as in flight means the page died
 * during it (a normal unload removes the record). That run is recorded as
 * memory-limit-exceeded and its exercise shows a notice when next opened.
 */
export function recoverInterruptedRun(): void {
  const run = takeInterruptedRun(appStorage);
  addEventListener("pagehide", () => {
    if (isRunning()) clearRunInFlight(appStorage);
  });
  if (!run) return;
  const s = appStore.getState();
  if (run.kind !== "custom") {
    const result = interruptedRunResult({ ...run, kind: run.kind });
    s.setJudgeResult(run.exerciseId, result);
    if (run.ownCode) s.noteJudgeResult(run.exerciseId, result, Date.now());
    s.setBottomTab("results");
  }
  s.setCrashNotice(run.exerciseId, CRASH_NOTICE);
}

/** Ends the run in flight at once. */
export function stopRun(): void {
  if (!isRunning()) return;
  judgeClient().stop();
}
