// The run in flight (one at a time), with the tests finished so far. Never persisted:
// after a reload no run is in flight.
import type { StateCreator } from "zustand";
import type { JudgeMode, TestResult } from "../../judge/types";
import type { AppState } from "./app-store";

export type RunKind = JudgeMode | "custom";

export interface ActiveRun {
  exerciseId: string;
  kind: RunKind;
  startedAt: number;
  done: number;
  total: number | null;
  tests: TestResult[];
}

export interface RunSlice {
  run: ActiveRun | null;
  /** A note about the last run that has no verdict (stopped, or the judge failed), per exercise. */
  runNotes: Record<string, string>;
  /** Per exercise: the page died during its last run (see run-in-flight.ts); kept until dismissed. */
  crashNotices: Record<string, string>;
  setCrashNotice(exerciseId: string, notice: string | null): void;
  startRun(exerciseId: string, kind: RunKind, now: number): void;
  addTestResult(test: TestResult, done: number, total: number): void;
  endRun(note?: string): void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  run: null,
  runNotes: {},
  crashNotices: {},
  setCrashNotice: (exerciseId, notice) =>
    set((s) => {
      const crashNotices = { ...s.crashNotices };
      if (notice) crashNotices[exerciseId] = notice;
      else delete crashNotices[exerciseId];
      return { crashNotices };
    }),
  startRun: (exerciseId, kind, now) =>
    set((s) => {
      const runNotes = { ...s.runNotes };
      delete runNotes[exerciseId];
      return { run: { exerciseId, kind, startedAt: now, done: 0, total: null, tests: [] }, runNotes };
    }),
  addTestResult: (test, done, total) =>
    set((s) => (s.run ? { run: { ...s.run, done, total, tests: [...s.run.tests, test] } } : s)),
  endRun: (note) =>
    set((s) => {
      if (!s.run) return s;
      return { run: null, runNotes: note ? { ...s.runNotes, [s.run.exerciseId]: note } : s.runNotes };
    }),
});
