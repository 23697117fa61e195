// Starts sandbox Web Workers from the judge worker, keeping one warm standby.
import * as Comlink from "comlink";
import type { SandboxDeath, SandboxHandle } from "../judge/runner";
import type { SandboxApi } from "../judge/sandbox-core";
import { createStandbyPool } from "../judge/standby-pool";

// A Web Worker's heap cannot be capped: the memory budget is enforced in Node only. In the
// browser a memory bomb may take the page down; the app records runs in flight so it can
// say so when the exercise is opened again.
function spawn(): SandboxHandle {
  const worker = new Worker(new URL("./sandbox.worker.ts", import.meta.url), { type: "module", name: "tensorkata-sandbox" });
  const died = new Promise<SandboxDeath>((resolve) => {
    worker.addEventListener("error", (e) => {
      e.preventDefault();
      const outOfMemory = !e.message || /out of memory|allocation failed|invalid array length/i.test(e.message);
      resolve({ reason: e.message ? `it crashed (${e.message}).` : "it crashed (out of memory, or it failed to load).", outOfMemory });
    });
  });
  const api = Comlink.wrap<SandboxApi>(worker);
  return {
    prepare: (needsTf, backend) => api.prepare(needsTf, backend),
    load: (js, entry) => api.load(js, entry),
    call: (args) => api.call(args),
    terminate: () => worker.terminate(),
    died,
  };
}

const pool = createStandbyPool(spawn);

export const startBrowserSandbox = pool.start;
export const warmBrowserSandbox = pool.warm;
