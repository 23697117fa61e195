// Browser figures for `npm run bench`: the built app in headless Debian Chromium.
// - Submit to verdict for each core exercise's reference, opened through a share link:
//   cold (Submit at once on a fresh page), settled (first Submit once the page is quiet)
//   and warm (median of repeated Submits on that page);
// - first load: time until the editor accepts typing, and the JavaScript bytes loaded by then.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { deflateSync, gzipSync, strToU8 } from "fflate";
import { chromium, type Browser, type Page } from "playwright-core";
import { readExerciseFile } from "../src/judge-node/exercises";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];
const SETTLE_MS = 5000;
const WARM_RUNS = 5;

/** The documented share-link format: `#/exercise/<id>?code=1<base64url(raw DEFLATE(utf8))>`. */
export function shareHash(id: string, code: string): string {
  const bytes = deflateSync(strToU8(code), { level: 9 });
  const b64 = Buffer.from(bytes).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `#/exercise/${id}?code=1${b64}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Builds the app and serves it with `vite preview`; resolves with the base URL. */
export async function buildAndServe(): Promise<{ url: string; server: ChildProcess }> {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "error"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("vite build failed");
  const port = await freePort();
  const server = spawn("npx", ["vite", "preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("vite preview did not start");
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Clicks Submit and resolves with the milliseconds until the new verdict shows. While a
 * run is in flight the results panel shows its progress instead of a verdict, so the run
 * is over when a verdict is back after the progress was seen.
 */
async function submitAndWait(page: Page): Promise<{ ms: number; userMs: number; verdict: string }> {
  // No named inner functions here: the TypeScript loader would wrap them in a helper the page lacks.
  await page.evaluate(() => {
    const w = window as unknown as { __benchSawRun: boolean; __benchObserver?: MutationObserver };
    w.__benchSawRun = false;
    w.__benchObserver?.disconnect();
    w.__benchObserver = new MutationObserver(() => {
      if (document.querySelector(".run-progress")) w.__benchSawRun = true;
    });
    w.__benchObserver.observe(document.body, { subtree: true, childList: true });
  });
  const t0 = Date.now();
  await page.click('[data-testid="submit"]');
  await page.waitForFunction(
    () => (window as unknown as { __benchSawRun: boolean }).__benchSawRun && !document.querySelector(".run-progress") && !!document.querySelector('[data-testid="verdict"]'),
    undefined,
    { timeout: 120_000, polling: 10 },
  );
  const ms = Date.now() - t0;
  const verdict = (await page.textContent('[data-testid="verdict"]'))?.trim() ?? "";
  const passed = (await page.textContent('[data-testid="tests-passed"]'))?.trim() ?? "";
  // The user's own time, summed in the sandbox; the rest of the wait is the judge's and the page's.
  const userMs = Number(await page.getAttribute('[data-testid="run-timings"]', "data-user-ms"));
  return { ms, userMs, verdict: `${verdict} ${passed}` };
}

/**
 * cold: Submit as soon as the button shows on a fresh page, while the editor, its
 * language service and the judge are still starting on the same cores;
 * settled: the first Submit on a fresh page that has loaded and gone quiet (a reader's
 * pace); warm: later Submits on the same page.
 */
async function submitTimings(browser: Browser, base: string, id: string): Promise<{ cold: number; settled: number; warm: number; warmUser: number; warmOverhead: number; verdict: string }> {
  const link = base + shareHash(id, readExerciseFile(id, "reference.ts"));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector('[data-testid="submit"]');
  const cold = await submitAndWait(page);
  const warm: { ms: number; userMs: number }[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await submitAndWait(page));
  await context.close();

  const quiet = await browser.newContext();
  const reader = await quiet.newPage();
  await reader.goto(link);
  await reader.waitForSelector(".monaco-editor textarea");
  await reader.waitForTimeout(SETTLE_MS);
  const settled = await submitAndWait(reader);
  await quiet.close();
  return {
    cold: cold.ms, settled: settled.ms, warm: median(warm.map((w) => w.ms)),
    warmUser: median(warm.map((w) => w.userMs)), warmOverhead: median(warm.map((w) => w.ms - w.userMs)), verdict: cold.verdict,
  };
}

/** Opens the dfs exercise in `page` and returns the ms until a keystroke lands in the editor. */
async function msToTyping(page: Page, base: string): Promise<number>  {
  const t0 = Date.now();
  await page.goto(base + "#/exercise/dfs");
  await page.waitForSelector(".monaco-editor textarea", { timeout: 60_000 });
  const marker = "/*typed*/";
  // The editor accepts typing when a keystroke lands in its model.
  for (;;) {
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(marker);
    const ok = await page
      .waitForFunction((m) => !!document.querySelector(".monaco-editor .view-lines")?.textContent?.replace(/\u00a0/g, " ").includes(m), marker, { timeout: 250, polling: 10 })
      .then(() => true, () => false);
    if (ok) break;
  }
  return Date.now() - t0;
}

/**
 * Repeat visits: after one visit has let the service worker cache the app, each new tab
 * in the same profile loads from that cache. Median of 5, and whether the page was served
 * by the service worker.
 */
async function repeatVisits(browser: Browser, base: string): Promise<{ editorReadyMs: number; fromServiceWorker: boolean }> {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(base);
  await first.evaluate(() => navigator.serviceWorker.ready.then((r) => new Promise<void>((resolve) => {
    const sw = r.active!;
    if (sw.state === "activated") resolve();
    else sw.addEventListener("statechange", () => sw.state === "activated" && resolve());
  })));
  await first.close();
  const times: number[] = [];
  let fromServiceWorker = true;
  for (let i = 0; i < 5; i++) {
    const page = await context.newPage();
    times.push(await msToTyping(page, base));
    fromServiceWorker &&= await page.evaluate(() => navigator.serviceWorker.controller != null);
    await page.close();
  }
  await context.close();
  return { editorReadyMs: median(times), fromServiceWorker };
}

/**
 * One first load in a fresh context. Reading response bodies back over the DevTools
 * protocol slows the page down, so a timed load does not count bytes, and a load that
 * counts bytes is not timed.
 */
async function firstLoad(browser: Browser, base: string, countBytes: boolean): Promise<{ editorReadyMs: number; jsBytes: number; jsGzipBytes: number; jsFiles: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const js: { url: string; bytes: number; gzipBytes: number; at: number }[] = [];
  if (countBytes) page.on("response", async (r) => {
    const type = r.headers()["content-type"] ?? "";
    if (!/javascript/.test(type) && !r.url().endsWith(".js")) return;
    const at = Date.now();
    try {
      const body = await r.body();
      // What a server compressing with gzip would send (vite preview sends it uncompressed).
      js.push({ url: r.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length, at });
    } catch {
      /* body not available (redirect, aborted) */
    }
  });
  const editorReadyMs = await msToTyping(page, base);
  const readyAt = Date.now();
  await context.close();
  // Worker scripts are fetched once per worker but cached: count each file once.
  const unique = new Map(js.filter((r) => r.at <= readyAt).map((r) => [r.url, r]));
  const sum = (f: (r: (typeof js)[number]) => number) => [...unique.values()].reduce((a, r) => a + f(r), 0);
  return { editorReadyMs, jsBytes: sum((r) => r.bytes), jsGzipBytes: sum((r) => r.gzipBytes), jsFiles: unique.size };
}

export async function runBrowserBench(core: string[]): Promise<void> {
  console.log("\nIn the app (vite build + vite preview, headless Debian Chromium):");
  const { url, server } = await buildAndServe();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const loads = [];
    for (let i = 0; i < 5; i++) loads.push(await firstLoad(browser, url, false));
    const bytes = await firstLoad(browser, url, true);
    console.log(`first load (median of 5): editor accepts typing after ${median(loads.map((l) => l.editorReadyMs)).toFixed(0)} ms (goal <= 1500); ` +
      `${(bytes.jsGzipBytes / 1024).toFixed(0)} KiB of JavaScript gzipped (goal <= 1536) loaded by then ` +
      `(${(bytes.jsBytes / 1024).toFixed(0)} KiB uncompressed, ${bytes.jsFiles} distinct files, page and workers)`);
    const repeat = await repeatVisits(browser, url);
    console.log(`repeat visit (median of 5, same profile): editor accepts typing after ${repeat.editorReadyMs.toFixed(0)} ms (goal <= 800)` +
      (repeat.fromServiceWorker ? ", served by the service worker" : ", NOT served by the service worker"));
    console.log(`\nms from Submit click to verdict — cold: at once on a fresh page; settled: first Submit on a fresh page left ${SETTLE_MS / 1000} s to load; warm: median of ${WARM_RUNS} more,`);
    console.log("split into the user's code (its calls, summed in the sandbox) and the overhead (everything else: transfer, checks, comparison, scheduling, the page)");
    console.log(`goals: cold <= 1500, warm <= 300, warm overhead <= 50`);
    console.log(`${"exercise".padEnd(18)}${"cold".padStart(8)}${"settled".padStart(9)}${"warm".padStart(8)}${"user".padStart(8)}${"overhead".padStart(10)}`);
    for (const id of core) {
      try {
        const t = await submitTimings(browser, url, id);
        console.log(`${id.padEnd(18)}${t.cold.toFixed(0).padStart(8)}${t.settled.toFixed(0).padStart(9)}${t.warm.toFixed(0).padStart(8)}${t.warmUser.toFixed(0).padStart(8)}${t.warmOverhead.toFixed(0).padStart(10)}  ${t.verdict}`);
      } catch (e) {
        console.log(`${id.padEnd(18)}failed: ${(e as Error).message.split("\n")[0]}`);
      }
    }
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid!);
    } catch {
      server.kill();
    }
  }
}
