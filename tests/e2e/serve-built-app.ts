// Builds the app and serves it with `vite preview` on a free localhost port, for
// end-to-end tests; stop() ends the server (its whole process group).
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
};


function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function build(outDir: string, release?: string) {
  // The test runner sets NODE_ENV=test, which would make a development build (development
  // React, no service worker): build what users get.
  const env = { ...process.env, NODE_ENV: "production", ...(release ? { TENSORKATA_RELEASE: release } : {}) };
  const result = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], { encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface BuiltApp {
  url: string;
  /** Builds the app again in place (the preview server serves the new files), as a deploy would. */
  rebuild(release: string): void;
  stop(): void;
}

/** Each test file passes its own `outDir`, so files building at once do not share one. */
export async function serveBuiltApp(outDir = "dist/e2e"): Promise<BuiltApp> {
  build(outDir);
  const port = await freePort();
  const server = spawn("npx", ["vite", "preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { stdio: "ignore", detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      server.kill();
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop, rebuild: (release) => build(outDir, release) };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error("vite preview did not start");
}
