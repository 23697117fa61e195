// Starts sandboxes for Node in child processes, keeping one warm standby so the next run
// does not wait for one to boot. A process, not a worker thread: some allocations (a
// sparse array grown to a billion slots, `new Array(1e9).fill(0)`) make V8 abort the whole
// process however the worker's heap is capped, and the judge must outlive them. Each
// child gets a V8 heap cap of the exercise's memory budget; running out of it, or any
// fatal allocation error, is reported as memory-limit-exceeded. Typed arrays live outside
// that heap, so where the OS tells a process's resident memory (Linux's /proc), the judge
// also watches it and ends a sandbox that grows past the budget.
import * as Comlink from "comlink";
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { SandboxDeath, SandboxHandle } from "../judge/runner";
import type { SandboxApi } from "../judge/sandbox-core";
import { createStandbyPool } from "../judge/standby-pool";
import { childProcessEndpoint } from "./ipc-endpoint";
import { PRELOAD_TF_ARG } from "./load-tf";
import { prebuilt } from "./prebuilt";

/** The prebuilt judge's bundled sandbox runs on plain Node; from the sources it needs tsx first. */
const SANDBOX_ENTRY = prebuilt?.sandboxEntry ?? new URL("./sandbox-bootstrap.mjs", import.meta.url);
/** Room for the sandbox's own code (tsx, comlink, tfjs) on top of the user's budget. */
const RUNTIME_HEAP_MB = 128;
/** What V8 prints when an allocation can never succeed or the heap is full. */
const MEMORY_FAILURE = /heap out of memory|invalid size error|invalid array length|allocation failed|out of memory/i;
const STDERR_KEPT = 8_192;
/** Resident memory of the sandbox's own runtime (Node, tfjs and its WASM heap), measured ~150 MB. */
const RUNTIME_RESIDENT_MB = 320;
const WATCH_EVERY_MS = 50;
const PAGE_BYTES = 4096;

/** The resident memory of a process in MiB, or null where the OS does not say. */
function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return Number.isFinite(pages) ? (pages * PAGE_BYTES) / 2 ** 20 : null;
  } catch {
    return null;
  }
}

function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): SandboxDeath {
  if (MEMORY_FAILURE.test(stderr)) return { reason: "it ran out of memory.", outOfMemory: true };
  if (signal) return { reason: `it was killed (${signal}).`, outOfMemory: false };
  return { reason: `it exited (code ${code}). Don't call process.exit or close the worker.`, outOfMemory: false };
}

/** What the caller said of the runs ahead (planNodeSandboxes); by default, nothing. */
let plan = { tfjs: false, moreRuns: true };

function spawn(memoryLimitMb: number): SandboxHandle {
  const child: ChildProcess = fork(SANDBOX_ENTRY, plan.tfjs ? [PRELOAD_TF_ARG] : [], {
    execArgv: [`--max-old-space-size=${memoryLimitMb + RUNTIME_HEAP_MB}`, "--no-warnings"],
    // User output is collected inside the sandbox; V8's own fatal messages are read
    // here to tell an out-of-memory death from other exits, and never reach our stdout.
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "advanced", // structured clone: typed arrays, NaN, undefined survive
    env: {}, // the judge's environment (tokens, paths) is none of the solution's business
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  // Nothing here keeps the judge's process alive: a call in flight holds its own timer.
  child.unref();
  (child.stderr as unknown as { unref?(): void }).unref?.();
  child.channel?.unref();
  let terminated = false;
  let overBudget = false;
  const watch = setInterval(() => {
    const mb = child.pid === undefined ? null : residentMb(child.pid);
    if (mb === null) clearInterval(watch);
    else if (mb > memoryLimitMb + RUNTIME_RESIDENT_MB) {
      overBudget = true;
      child.kill("SIGKILL");
    }
  }, WATCH_EVERY_MS);
  watch.unref();
  const died = new Promise<SandboxDeath>((resolve) => {
    child.on("error", (e) => resolve({ reason: `${e.name}: ${e.message}`, outOfMemory: false }));
    // "close" comes after stderr is drained, so V8's last words are in `stderr`.
    child.on("close", (code, signal) => {
      clearInterval(watch);
      if (overBudget) resolve({ reason: "it ran out of memory.", outOfMemory: true });
      else if (!terminated) resolve(describeExit(code, signal, stderr));
    });
  });
  const api = Comlink.wrap<SandboxApi>(childProcessEndpoint(child));
  return {
    prepare: (needsTf, backend) => api.prepare(needsTf, backend),
    load: (js, entry) => api.load(js, entry),
    call: (args) => api.call(args),
    terminate: () => {
      terminated = true;
      clearInterval(watch);
      child.kill("SIGKILL");
    },
    died,
  };
}

const pool = createStandbyPool(spawn);

/**
 * A fresh sandbox (the warm standby if it has this budget), and a new standby behind it
 * unless the caller said no run follows: a standby nobody takes costs a process start
 * (and a tfjs load) on a machine busy with the run itself.
 */
export function startNodeSandbox(memoryLimitMb?: number): Promise<SandboxHandle> {
  return pool.start(memoryLimitMb, plan.moreRuns);
}

/**
 * For a caller that knows what comes (the CLI): whether the runs need tfjs, so sandboxes
 * start loading it as soon as they are up, and whether another run follows the next one.
 */
export function planNodeSandboxes(next: { tfjs: boolean; moreRuns: boolean }): void {
  plan = { ...next };
}

/** Boots the sandbox the first run will take, ahead of time. */
export const warmNodeSandbox = pool.warm;

/** Ends the standby sandbox (call before a short-lived process exits). */
export const disposeStandby = pool.dispose;
