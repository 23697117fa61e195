import { describe, expect, it } from "vitest";
import { RESULTS_FORMAT_VERSION, type JudgeResult } from "../../judge/types";
import { createAppStore, PERSISTED, STORAGE_KEY } from "./app-store";
import { statusOf } from "./progress-slice";

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

const result = (verdict: JudgeResult["verdict"], mode: JudgeResult["mode"] = "submit"): JudgeResult => ({
  formatVersion: RESULTS_FORMAT_VERSION, exercise: "dfs", mode, verdict, passed: verdict === "accepted" ? 3 : 1, total: 3, backend: "none",
  tests: [], timings: { transpileMs: 0, workerStartMs: 0, testsMs: 0, totalMs: 0 },
});

describe("app store", () => {
  it("lists every piece of state in the persistence table", () => {
    const store = createAppStore(memoryStorage());
    const dataKeys = Object.entries(store.getState()).filter(([, v]) => typeof v !== "function").map(([k]) => k).sort();
    expect(Object.keys(PERSISTED).sort()).toEqual(dataKeys);
  });

  it("moves an exercise from not started to attempted to solved, with its best time", () => {
    const store = createAppStore(memoryStorage());
    const s = () => store.getState();
    expect(statusOf(s().progress.dfs)).toBe("not-started");
    s().openClock("dfs", 0);
    s().noteEdit("dfs", 1000);
    expect(statusOf(s().progress.dfs)).toBe("attempted");
    s().noteJudgeResult("dfs", result("wrong-answer"), 60_000);
    expect(statusOf(s().progress.dfs)).toBe("attempted");
    s().noteJudgeResult("dfs", result("accepted", "examples"), 70_000); // Run is not a solve
    expect(statusOf(s().progress.dfs)).toBe("attempted");
    s().noteJudgeResult("dfs", result("accepted"), 121_000);
    expect(statusOf(s().progress.dfs)).toBe("solved");
    expect(s().progress.dfs!.bestMs).toBe(120_000);
    // A slower second attempt keeps the best time; a faster one replaces it.
    s().restartAttempt("dfs");
    s().noteEdit("dfs", 200_000);
    s().noteJudgeResult("dfs", result("accepted"), 500_000);
    expect(s().progress.dfs!.bestMs).toBe(120_000);
    s().restartAttempt("dfs");
    s().noteEdit("dfs", 600_000);
    s().noteJudgeResult("dfs", result("accepted"), 630_000);
    expect(s().progress.dfs!.bestMs).toBe(30_000);
    expect(statusOf(s().progress.dfs)).toBe("solved");
  });

  it("persists progress, results and custom input, but not the run in flight or filters", () => {
    const storage = memoryStorage();
    const a = createAppStore(storage).getState();
    a.noteEdit("dfs", 0);
    a.checkpointClock("dfs", 4000);
    a.setJudgeResult("dfs", result("wrong-answer"));
    a.setCustomInput("dfs", "[[[1],[0]], 0]");
    a.setFilters({ query: "dfs" });
    a.startRun("dfs", "submit", 5000);
    a.setLayout({ statementWidth: 0.5 });
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(Object.keys(saved.state).sort()).toEqual(["crashNotices", "customInputs", "customResults", "layout", "progress", "results"]);

    const b = createAppStore(storage).getState();
    expect(b.results.dfs!.verdict).toBe("wrong-answer");
    expect(b.customInputs.dfs).toBe("[[[1],[0]], 0]");
    expect(b.run).toBeNull();
    expect(b.filters.query).toBe("");
    expect(b.layout).toEqual({ statementWidth: 0.5, editorHeight: 0.6 });
    // The clock was running when the page went away: it comes back paused at its last checkpoint.
    expect(b.progress.dfs!.clock).toEqual({ elapsedMs: 4000, runningSince: null, started: true, solvedMs: null });
  });

  it("starts empty from corrupt storage", () => {
    const storage = memoryStorage();
    storage.data.set(STORAGE_KEY, "{not json");
    const store = createAppStore(storage);
    expect(store.getState().progress).toEqual({});
  });

  it("tracks a run's tests as they finish and ends it with a note", () => {
    const store = createAppStore(memoryStorage());
    const s = () => store.getState();
    s().startRun("dfs", "submit", 0);
    s().addTestResult({ name: "a", status: "passed", ms: 1 }, 1, 3);
    s().addTestResult({ name: "b", status: "failed", ms: 2 }, 2, 3);
    expect(s().run).toMatchObject({ done: 2, total: 3 });
    expect(s().run!.tests.map((t) => t.name)).toEqual(["a", "b"]);
    s().endRun("Stopped.");
    expect(s().run).toBeNull();
    expect(s().runNotes.dfs).toBe("Stopped.");
    s().startRun("dfs", "examples", 1);
    expect(s().runNotes.dfs).toBeUndefined();
    s().addTestResult({ name: "a", status: "passed", ms: 1 }, 1, 2);
    s().endRun();
    expect(s().runNotes.dfs).toBeUndefined();
  });
});
