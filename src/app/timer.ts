// The solving clock, as pure functions of a small state and `now` (ms).
// It starts at the first edit, counts only while the exercise is open, and stops at
// the first Accepted, which records the solving time. Time is folded into
// `elapsedMs` at every checkpoint, so a crash loses at most one checkpoint interval.

export interface ClockState {
  /** Time counted up to `runningSince` (or in total while paused). */
  elapsedMs: number;
  /** When the clock last (re)started counting; null while paused or never started. */
  runningSince: number | null;
  started: boolean;
  /** Elapsed time at the first Accepted since the clock started; the clock stops there. */
  solvedMs: number | null;
}

export const CHECKPOINT_INTERVAL_MS = 5000;

export function newClock(): ClockState {
  return { elapsedMs: 0, runningSince: null, started: false, solvedMs: null };
}

export function elapsed(clock: ClockState, now: number): number {
  if (clock.solvedMs !== null) return clock.solvedMs;
  return clock.elapsedMs + (clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince));
}

/** The first edit starts the clock; later edits change nothing. */
export function startOnEdit(clock: ClockState, now: number): ClockState {
  if (clock.started) return clock;
  return { ...clock, started: true, runningSince: now };
}

export function pause(clock: ClockState, now: number): ClockState {
  if (clock.runningSince === null) return clock;
  return { ...clock, elapsedMs: elapsed(clock, now), runningSince: null };
}

/** Continues a started, unsolved clock (when the exercise is opened again). */
export function resume(clock: ClockState, now: number): ClockState {
  if (!clock.started || clock.solvedMs !== null || clock.runningSince !== null) return clock;
  return { ...clock, runningSince: now };
}

/** Folds the running time into `elapsedMs` so that it survives a crash. */
export function checkpoint(clock: ClockState, now: number): ClockState {
  if (clock.runningSince === null) return clock;
  return { ...clock, elapsedMs: elapsed(clock, now), runningSince: now };
}

/**
 * A clock read back from storage after the page went away without pausing it
 * (a crash or a killed tab): time after the last checkpoint is not counted.
 */
export function restore(clock: ClockState): ClockState {
  return clock.runningSince === null ? clock : { ...clock, runningSince: null };
}

/**
 * Records the first Accepted and stops the clock. Later ones change nothing, and so
 * does one before any edit (code opened from a link and submitted was not solved here).
 */
export function solve(clock: ClockState, now: number): ClockState {
  if (clock.solvedMs !== null || !clock.started) return clock;
  const ms = elapsed(clock, now);
  return { elapsedMs: ms, runningSince: null, started: true, solvedMs: ms };
}

export type ClockPhase = "not-started" | "counting-down" | "overtime" | "solved";

export interface ClockDisplay {
  phase: ClockPhase;
  /** "12:34" left, "+01:05" overtime, or the solving time once solved. */
  text: string;
  running: boolean;
}

/** What the timer shows for a suggested time of `limitMs`. */
export function display(clock: ClockState, limitMs: number, now: number): ClockDisplay {
  const running = clock.runningSince !== null && clock.solvedMs === null;
  if (clock.solvedMs !== null) return { phase: "solved", text: formatDuration(clock.solvedMs), running: false };
  if (!clock.started) return { phase: "not-started", text: formatDuration(limitMs), running: false };
  const left = limitMs - elapsed(clock, now);
  // Count down in whole seconds rounded up, so 14:59.2 left shows 15:00 only at the start.
  if (left > 0) return { phase: "counting-down", text: formatDuration(Math.ceil(left / 1000) * 1000), running };
  return { phase: "overtime", text: "+" + formatDuration(-left), running };
}

/** m:ss, or h:mm:ss from an hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
