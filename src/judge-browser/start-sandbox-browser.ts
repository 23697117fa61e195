// Starts sandbox Web Workers from the judge worker, keeping one warm standby.
import * as Comlink from "comlink";
import type { SandboxHandle } from "../judge/runner";
import type { SandboxApi } from "../judge/sandbox-core";
import { createStandbyPool } from "../judge/standby-pool";

function spawn(): SandboxHandle {
  const worker = new Worker(new URL("./sandbox.worker.ts", import.meta.url), { type: "module", name: "tensorkata-sandbox" });
  const died = new Promise<string>((resolve) => {
    worker.addEventListener("error", (e) => {
      e.preventDefault();
      resolve(e.message ? `it crashed (${e.message}).` : "it crashed (out of memory, or it failed to load).");
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
