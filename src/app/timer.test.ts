import { describe, expect, it } from "vitest";
import { checkpoint, display, elapsed, formatDuration, newClock, pause, restore, resume, solve, startOnEdit } from "./timer";

const MIN = 60_000;

describe("solving clock", () => {
  it("shows the full suggested time and does not count before the first edit", () => {
    const c = newClock();
    expect(display(c, 15 * MIN, 1_000_000)).toEqual({ phase: "not-started", text: "15:00", running: false });
    expect(elapsed(resume(c, 5), 10_000)).toBe(0);
  });

  it("starts at the first edit and counts down", () => {
    let c = startOnEdit(newClock(), 1000);
    expect(display(c, 15 * MIN, 1000).text).toBe("15:00");
    expect(display(c, 15 * MIN, 1000 + 400).text).toBe("15:00");
    expect(display(c, 15 * MIN, 1000 + 1000).text).toBe("14:59");
    expect(display(c, 15 * MIN, 1000 + 61_500).text).toBe("13:59");
    c = startOnEdit(c, 50_000); // later edits do not restart it
    expect(elapsed(c, 61_000)).toBe(60_000);
  });

  it("turns to overtime at zero and keeps counting", () => {
    const c = startOnEdit(newClock(), 0);
    expect(display(c, 15 * MIN, 15 * MIN - 1).phase).toBe("counting-down");
    expect(display(c, 15 * MIN, 15 * MIN)).toEqual({ phase: "overtime", text: "+0:00", running: true });
    expect(display(c, 15 * MIN, 16 * MIN + 5000).text).toBe("+1:05");
    expect(display(c, 15 * MIN, 15 * MIN + 61 * MIN).text).toBe("+1:01:00");
  });

  it("does not count while paused, and resumes where it was", () => {
    let c = startOnEdit(newClock(), 0);
    c = pause(c, 10_000);
    expect(elapsed(c, 500_000)).toBe(10_000);
    expect(display(c, MIN, 500_000).running).toBe(false);
    c = resume(c, 500_000);
    expect(elapsed(c, 505_000)).toBe(15_000);
    expect(pause(pause(c, 505_000), 600_000)).toEqual(pause(c, 505_000));
  });

  it("checkpoints fold time so that a crash loses at most the time since the last one", () => {
    let c = startOnEdit(newClock(), 0);
    c = checkpoint(c, 20_000);
    expect(c.elapsedMs).toBe(20_000);
    expect(elapsed(c, 23_000)).toBe(23_000);
    // The tab dies at 23 s and is reopened an hour later.
    const reopened = resume(restore(c), 3_600_000);
    expect(elapsed(reopened, 3_600_000)).toBe(20_000);
    expect(elapsed(reopened, 3_601_000)).toBe(21_000);
  });

  it("records the time to the first Accepted and stops", () => {
    let c = startOnEdit(newClock(), 1000);
    c = solve(c, 1000 + 7 * MIN + 30_000);
    expect(c.solvedMs).toBe(7 * MIN + 30_000);
    expect(display(c, 15 * MIN, 99 * MIN)).toEqual({ phase: "solved", text: "7:30", running: false });
    expect(solve(c, 99 * MIN)).toBe(c);
    expect(resume(c, 100 * MIN)).toBe(c);
    expect(elapsed(c, 100 * MIN)).toBe(7 * MIN + 30_000);
  });

  it("records overtime solves, and no time for code accepted before any edit", () => {
    expect(solve(startOnEdit(newClock(), 0), 20 * MIN).solvedMs).toBe(20 * MIN);
    const untouched = newClock();
    expect(solve(untouched, 5 * MIN)).toBe(untouched);
  });

  it("formats durations", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(59_999)).toBe("0:59");
    expect(formatDuration(10 * MIN)).toBe("10:00");
    expect(formatDuration(2 * 3_600_000 + 5 * MIN + 7000)).toBe("2:05:07");
    expect(formatDuration(-5)).toBe("0:00");
  });
});
