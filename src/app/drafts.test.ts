import { describe, expect, it } from "vitest";
import { createDebouncedSaver, createDraftStore, DRAFT_KEY_PREFIX } from "./drafts";

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

function manualTimers() {
  const queue: (() => void)[] = [];
  return { queue, set: (f: () => void) => queue.push(f), clear: () => void queue.splice(0) };
}

describe("drafts", () => {
  it("stores one key per exercise", () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage);
    expect(drafts.load("dfs")).toBeNull();
    expect(drafts.save("dfs", "code")).toBeNull();
    expect(storage.data.get(DRAFT_KEY_PREFIX + "dfs")).toBe("code");
    expect(drafts.load("dfs")).toBe("code");
    drafts.remove("dfs");
    expect(drafts.load("dfs")).toBeNull();
  });

  it("reports a full storage instead of throwing", () => {
    const drafts = createDraftStore({ getItem: () => null, removeItem: () => {}, setItem: () => { throw new DOMException("full", "QuotaExceededError"); } });
    expect(drafts.save("dfs", "x")).toMatch(/could not be saved.*QuotaExceededError/);
  });

  it("saves typing once per delay, reading the latest text, and flushes on demand", () => {
    const storage = memoryStorage();
    const timers = manualTimers();
    const errors: (string | null)[] = [];
    const saver = createDebouncedSaver(createDraftStore(storage), (e) => errors.push(e), timers);
    let text = "a";
    saver.schedule("dfs", () => text);
    text = "ab";
    saver.schedule("dfs", () => text);
    expect(timers.queue.length).toBe(1);
    expect(storage.data.size).toBe(0);
    timers.queue.shift()!();
    expect(storage.data.get(DRAFT_KEY_PREFIX + "dfs")).toBe("ab");
    text = "abc";
    saver.schedule("dfs", () => text);
    saver.flush();
    expect(storage.data.get(DRAFT_KEY_PREFIX + "dfs")).toBe("abc");
    expect(errors).toEqual([null, null]);
  });

  it("saves the previous exercise's draft before switching to another", () => {
    const storage = memoryStorage();
    const saver = createDebouncedSaver(createDraftStore(storage), () => {}, manualTimers());
    saver.schedule("dfs", () => "one");
    saver.schedule("bfs", () => "two");
    expect(storage.data.get(DRAFT_KEY_PREFIX + "dfs")).toBe("one");
    saver.cancel();
    saver.flush();
    expect(storage.data.has(DRAFT_KEY_PREFIX + "bfs")).toBe(false);
  });
});
