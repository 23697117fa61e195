// Per exercise: attempted or solved, the best solving time, and the solving clock.
import type { StateCreator } from "zustand";
import type { JudgeResult } from "../../judge/types";
import * as clock from "../timer";
import type { AppState } from "./app-store";

export interface ExerciseProgress {
  attempted: boolean;
  solved: boolean;
  /** The shortest time from first edit to first Accepted over all attempts. */
  bestMs: number | null;
  clock: clock.ClockState;
}

export type ExerciseStatus = "not-started" | "attempted" | "solved";

export interface ProgressSlice {
  progress: Record<string, ExerciseProgress>;
  /** The user changed the code: the exercise is attempted and its clock starts. */
  noteEdit(id: string, now: number): void;
  /** A judge run finished: the first Accepted stops the clock and may set a best time. */
  noteJudgeResult(id: string, result: JudgeResult, now: number): void;
  /** The exercise is on screen (its clock may count) or left (it pauses). */
  openClock(id: string, now: number): void;
  closeClock(id: string, now: number): void;
  checkpointClock(id: string, now: number): void;
  /** A fresh attempt (after "Reset to starter"): a new clock; solved and best time stay. */
  restartAttempt(id: string): void;
}

export const emptyProgress = (): ExerciseProgress => ({ attempted: false, solved: false, bestMs: null, clock: clock.newClock() });

export function statusOf(p: ExerciseProgress | undefined): ExerciseStatus {
  return p?.solved ? "solved" : p?.attempted ? "attempted" : "not-started";
}

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => {
  const update = (id: string, f: (p: ExerciseProgress) => ExerciseProgress) =>
    set((s) => {
      const before = s.progress[id] ?? emptyProgress();
      const after = f(before);
      return after === before ? s : { progress: { ...s.progress, [id]: after } };
    });
  const withClock = (p: ExerciseProgress, c: clock.ClockState) => (c === p.clock ? p : { ...p, clock: c });
  return {
    progress: {},
    noteEdit: (id, now) =>
      update(id, (p) => {
        const c = clock.startOnEdit(p.clock, now);
        return p.attempted && c === p.clock ? p : { ...p, attempted: true, clock: c };
      }),
    noteJudgeResult: (id, result, now) =>
      update(id, (p) => {
        if (result.verdict !== "accepted" || result.mode !== "submit") return p.attempted ? p : { ...p, attempted: true };
        const c = clock.solve(p.clock, now);
        const time = c.solvedMs;
        const bestMs = time === null ? p.bestMs : p.bestMs === null ? time : Math.min(p.bestMs, time);
        return { ...p, attempted: true, solved: true, bestMs, clock: c };
      }),
    openClock: (id, now) => update(id, (p) => withClock(p, clock.resume(p.clock, now))),
    closeClock: (id, now) => update(id, (p) => withClock(p, clock.pause(p.clock, now))),
    checkpointClock: (id, now) => update(id, (p) => withClock(p, clock.checkpoint(p.clock, now))),
    restartAttempt: (id) => update(id, (p) => ({ ...p, clock: clock.newClock() })),
  };
};
