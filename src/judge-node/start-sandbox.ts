// Starts sandbox workers on worker_threads, keeping one warm standby so the next run
// does not wait for a worker to boot.
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";
import { Worker } from "node:worker_threads";
import type { SandboxHandle } from "../judge/runner";
import type { SandboxApi } from "../judge/sandbox-core";
import { createStandbyPool } from "../judge/standby-pool";

const BOOTSTRAP = new URL("./sandbox-bootstrap.mjs", import.meta.url);
/** Heap cap for user code: a runaway allocation ends the worker, not the machine. */
const HEAP_LIMIT_MB = 1536;

function spawn(): SandboxHandle {
  const worker = new Worker(BOOTSTRAP, {
    stdout: true, // user output is collected inside the sandbox; never let it reach our stdout
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  worker.stdout.resume();
  worker.stderr.resume();
  worker.unref();
  let terminated = false;
  const died = new Promise<string>((resolve) => {
    worker.on("error", (e: Error & { code?: string }) => {
      resolve(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? `it ran out of memory (over ${HEAP_LIMIT_MB} MB).` : `${e.name}: ${e.message}`);
    });
    worker.on("exit", (code) => {
      if (!terminated) resolve(`it exited (code ${code}). Don't call process.exit or close the worker.`);
    });
  });
  const api = Comlink.wrap<SandboxApi>(nodeEndpoint(worker as never));
  return {
    prepare: (needsTf, backend) => api.prepare(needsTf, backend),
    load: (js, entry) => api.load(js, entry),
    call: (args) => api.call(args),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    died,
  };
}

const pool = createStandbyPool(spawn);

/** A fresh sandbox (the warm standby if there is one), and a new standby behind it. */
export const startNodeSandbox = pool.start;

/** Boots the sandbox the first run will take, ahead of time. */
export const warmNodeSandbox = pool.warm;

/** Ends the standby worker (call before a short-lived process exits). */
export const disposeStandby = pool.dispose;
