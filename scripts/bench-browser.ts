// Browser figures for `npm run bench`: the built app in headless Debian Chromium.
// - Submit to verdict for each core exercise's reference, opened through a share link:
//   cold (fresh page, first Submit) and warm (median of repeated Submits on that page);
// - first load: time until the editor accepts typing, and the JavaScript bytes loaded by then.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { deflateSync, strToU8 } from "fflate";
import { chromium, type Browser, type Page } from "playwright-core";
import { readExerciseFile } from "../src/judge-node/exercises";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];
const WARM_RUNS = 5;
const FINAL_VERDICT = /^(Accepted|Wrong Answer|Runtime Error|Time Limit Exceeded|Compile Error)/;

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

/** Clicks Submit and resolves with the milliseconds until a final verdict replaces the previous one. */
async function submitAndWait(page: Page): Promise<{ ms: number; verdict: string }> {
  const waiting = page.evaluate((finalSource) => {
    const final = new RegExp(finalSource);
    const read = () => ({
      verdict: document.querySelector('[data-testid="verdict"]')?.textContent?.trim() ?? "",
      passed: document.querySelector('[data-testid="tests-passed"]')?.textContent?.trim() ?? "",
    });
    return new Promise<{ ms: number; verdict: string }>((resolve) => {
      const t0 = performance.now();
      let left = false; // the previous result must go (or change) before the new one counts
      const observer = new MutationObserver(() => {
        const now = read();
        if (!final.test(now.verdict) || !/^(\d+)\/\1$|^\d+\/\d+$/.test(now.passed)) left = true;
        if (left && final.test(now.verdict) && /^\d+\/\d+$/.test(now.passed)) {
          const [a, b] = now.passed.split("/");
          if (a === b || !/^Accepted/.test(now.verdict)) {
            observer.disconnect();
            resolve({ ms: performance.now() - t0, verdict: now.verdict });
          }
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }, FINAL_VERDICT.source);
  await page.click('[data-testid="submit"]');
  return waiting;
}

async function submitTimings(browser: Browser, base: string, id: string): Promise<{ cold: number; warm: number; verdict: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + shareHash(id, readExerciseFile(id, "reference.ts")));
  await page.waitForSelector('[data-testid="submit"]');
  const cold = await submitAndWait(page);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await submitAndWait(page)).ms);
  await context.close();
  return { cold: cold.ms, warm: median(warm), verdict: cold.verdict };
}

async function firstLoad(browser: Browser, base: string): Promise<{ editorReadyMs: number; jsBytes: number; jsFiles: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const js: { url: string; bytes: number; at: number }[] = [];
  page.on("response", async (r) => {
    const type = r.headers()["content-type"] ?? "";
    if (!/javascript/.test(type) && !r.url().endsWith(".js")) return;
    const at = Date.now();
    try {
      js.push({ url: r.url(), bytes: (await r.body()).length, at });
    } catch {
      /* body not available (redirect, aborted) */
    }
  });
  const t0 = Date.now();
  await page.goto(base + "#/exercise/dfs");
  await page.waitForSelector(".monaco-editor textarea", { timeout: 60_000 });
  const marker = "/*typed*/";
  // The editor accepts typing when a keystroke lands in its model.
  for (;;) {
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(marker);
    const ok = await page.waitForFunction((m) => document.querySelector(".monaco-editor .view-lines")?.textContent?.replace(/\u00a0/g, " ").includes(m), marker, { timeout: 2000 }).then(() => true, () => false);
    if (ok) break;
  }
  const readyAt = Date.now();
  await context.close();
  const before = js.filter((r) => r.at <= readyAt);
  return { editorReadyMs: readyAt - t0, jsBytes: before.reduce((a, r) => a + r.bytes, 0), jsFiles: before.length };
}

export async function runBrowserBench(core: string[]): Promise<void> {
  console.log("\nIn the app (vite build + vite preview, headless Debian Chromium):");
  const { url, server } = await buildAndServe();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await firstLoad(browser, url));
    console.log(`first load (median of 3): editor accepts typing after ${median(loads.map((l) => l.editorReadyMs)).toFixed(0)} ms; ` +
      `${(median(loads.map((l) => l.jsBytes)) / 1024).toFixed(0)} KiB of JavaScript in ${loads[0]!.jsFiles} files loaded by then`);
    console.log(`\n${"exercise".padEnd(18)}${"cold".padStart(8)}${"warm".padStart(8)}  (ms from Submit click to verdict; warm = median of ${WARM_RUNS})`);
    for (const id of core) {
      try {
        const t = await submitTimings(browser, url, id);
        console.log(`${id.padEnd(18)}${t.cold.toFixed(0).padStart(8)}${t.warm.toFixed(0).padStart(8)}  ${t.verdict}`);
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
