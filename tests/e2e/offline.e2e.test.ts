// The built app offline, in Debian's Chromium: after one visit the service worker serves
// the list, any exercise, the editor, and Run/Submit (tfjs and its WebAssembly included)
// with the network off; a rebuilt app announces itself and waits for the user's reload,
// and the draft survives it.
import { readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shareHash } from "../../src/app/share-link";
import { CHROMIUM, serveBuiltApp, type BuiltApp } from "./serve-built-app";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

let app: BuiltApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const verdict = () => page.locator('[data-testid="verdict"]');

async function submitLink(id: string, code: string) {
  await page.goto(app.url + shareHash(id, code));
  await page.waitForSelector(".monaco-editor .view-lines");
  await page.click('[data-testid="submit"]');
  await expect.poll(() => verdict().textContent(), { timeout: 60_000 }).toMatch(/Accepted|Wrong|Error|Exceeded/);
}

beforeAll(async () => {
  app = await serveBuiltApp("dist/e2e-offline");
  browser = await chromium.launch(CHROMIUM);
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
});

afterAll(async () => {
  await browser?.close();
  app?.stop();
});

describe("offline", () => {
  it("after one visit, the list, a shared exercise and Submit work with the network off", async () => {
    await page.goto(app.url);
    // The footer says so once every file of this version is in the cache.
    await page.waitForSelector('[data-testid="app-version"][data-offline-ready="true"]', { timeout: 90_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller != null || navigator.serviceWorker.ready.then(() => true))).toBe(true);

    await context.setOffline(true);
    expect(await page.evaluate(() => fetch("/manifest.webmanifest?not-cached").then(() => "reached", () => "offline"))).toBe("offline");
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="exercise-list"] tr[data-exercise]').count()).toBeGreaterThan(30);

    await submitLink("dfs", read("exercises/dfs/reference.ts"));
    expect(await verdict().textContent()).toContain("Accepted");
    // A tfjs exercise: the sandbox loads tfjs and its WebAssembly from the cache.
    await submitLink("attention", read("exercises/attention/reference.ts"));
    expect(await verdict().textContent()).toContain("Accepted");
    await context.setOffline(false);
  });

  it("a rebuilt app says a new version is ready, does not reload by itself, and keeps the draft across the reload", async () => {
    await page.goto(app.url + "#/exercise/dfs");
    await page.waitForSelector(".monaco-editor .view-lines");
    await page.click(".monaco-editor .view-lines");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n// kept across the update\n");
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));

    app.rebuild("e2e-next");
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForSelector('[data-testid="update-ready"]', { timeout: 90_000 });
    expect(await page.locator('[data-testid="update-ready"]').textContent()).toContain("A new version");
    // Still the same page: nothing reloaded under the user's typing.
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);

    await Promise.all([page.waitForEvent("load", { timeout: 60_000 }), page.click('[data-testid="update-reload"]')]);
    await page.waitForSelector(".monaco-editor .view-lines");
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
    await expect
      .poll(() => page.locator(".monaco-editor .view-lines").evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, " ")))
      .toContain("// kept across the update");

    await page.goto(app.url);
    await expect.poll(() => page.locator('[data-testid="app-version"]').textContent()).toContain("e2e-next");
  });
});
