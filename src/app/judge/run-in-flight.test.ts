import { describe, expect, it } from "vitest";
import { clearRunInFlight, interruptedRunResult, recordRunInFlight, RUN_IN_FLIGHT_KEY, takeInterruptedRun } from "./run-in-flight";
import { RESULTS_FORMAT_VERSION } from "../../judge/types";

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

describe("run in flight", () => {
  it("a recorded run is taken once, then gone", () => {
    const storage = memoryStorage();
    recordRunInFlight(storage, { exerciseId: "dfs", kind: "submit", startedAt: 5, done: 3, total: 17, ownCode: true });
    expect(takeInterruptedRun(storage)).toEqual({ exerciseId: "dfs", kind: "submit", startedAt: 5, done: 3, total: 17, ownCode: true });
    expect(takeInterruptedRun(storage)).toBeNull();
  });

  it("a run that ended normally leaves nothing behind", () => {
    const storage = memoryStorage();
    recordRunInFlight(storage, { exerciseId: "dfs", kind: "examples", startedAt: 5, done: 0, total: null, ownCode: true });
    clearRunInFlight(storage);
    expect(takeInterruptedRun(storage)).toBeNull();
  });

  it("a damaged record is dropped, not trusted", () => {
    const storage = memoryStorage();
    storage.setItem(RUN_IN_FLIGHT_KEY, "{not json");
    expect(takeInterruptedRun(storage)).toBeNull();
    expect(storage.data.has(RUN_IN_FLIGHT_KEY)).toBe(false);
    storage.setItem(RUN_IN_FLIGHT_KEY, JSON.stringify({ exerciseId: "dfs", kind: "delete-everything" }));
    expect(takeInterruptedRun(storage)).toBeNull();
  });

  it("is recorded as memory-limit-exceeded in the current results format, saying how far it got", () => {
    const r = interruptedRunResult({ exerciseId: "dfs", kind: "submit", startedAt: 5, done: 3, total: 17, ownCode: true });
    expect(r).toMatchObject({ formatVersion: RESULTS_FORMAT_VERSION, exercise: "dfs", mode: "submit", verdict: "memory-limit-exceeded", passed: 3, total: 17 });
    expect(r.message).toMatch(/after 3 of 17 tests had finished, most likely because it used too much memory/);
  });
});
