// The page's judge: a judge worker behind comlink. Stop terminates that worker (and
// with it any sandbox running user code) and a warm standby takes its place.
import * as Comlink from "comlink";
import type { JudgeResult } from "../judge/types";
import { RunStoppedError, type JudgeClient, type OnTest, type RunRequest } from "./judge-client-types";
import type { JudgeWorkerApi } from "./judge.worker";

export { RunStoppedError } from "./judge-client-types";
export type { JudgeClient, ExampleView, RunRequest, OnTest } from "./judge-client-types";

interface JudgeWorkerHandle {
  worker: Worker;
  api: Comlink.Remote<JudgeWorkerApi>;
  /** Rejects when the worker fails to load or crashes, so no call can hang forever. */
  crashed: Promise<never>;
}

const FIRST_WARM_DELAY_MS = 3000;

function spawnJudgeWorker(): JudgeWorkerHandle {
  const worker = new Worker(new URL("./judge.worker.ts", import.meta.url), { type: "module", name: "tensorkata-judge" });
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (e) => {
      e.preventDefault();
      reject(new Error(`The judge stopped unexpectedly${e.message ? `: ${e.message}` : ""}. Try again.`));
    });
  });
  crashed.catch(() => {});
  return { worker, api: Comlink.wrap<JudgeWorkerApi>(worker), crashed };
}

export function createJudgeClient(): JudgeClient {
  let current = spawnJudgeWorker();
  let standby: JudgeWorkerHandle | null = null;
  /** The open exercise, whose hidden tests warm judge workers prepare. */
  let openExercise: string | undefined;
  let warmedUp = false;
  const warm = (handle: JudgeWorkerHandle) => void handle.api.warm(openExercise).catch(() => {});
  const spawnStandbyLater = (delayMs: number) =>
    setTimeout(() => {
      if (!standby) warm((standby = spawnJudgeWorker()));
    }, delayMs);
  // Sandboxes and the standby judge boot once the page has had time to start the
  // editor: on two cores, booting them at once slows the page's first load.
  setTimeout(() => {
    warmedUp = true;
    warm(current);
  }, FIRST_WARM_DELAY_MS);
  spawnStandbyLater(FIRST_WARM_DELAY_MS + 1500);
  /** Rejecters of the calls in flight on the current worker, for stop(). */
  const inFlight = new Set<(e: Error) => void>();

  const call = <T>(f: (api: Comlink.Remote<JudgeWorkerApi>) => Promise<T>): Promise<T> => {
    const handle = current;
    return new Promise<T>((resolve, reject) => {
      inFlight.add(reject);
      Promise.race([f(handle.api), handle.crashed]).then(resolve, (e) => {
        // A crashed worker is replaced, so the next call works.
        if (handle === current) replace();
        reject(e);
      }).finally(() => inFlight.delete(reject));
    });
  };

  const replace = () => {
    current.worker.terminate();
    current = standby ?? spawnJudgeWorker();
    standby = null;
    // The terminated thread may burn a core for a moment: start the next standby a little later.
    spawnStandbyLater(1500);
  };

  return {
    run(request: RunRequest, onTest?: OnTest): Promise<JudgeResult> {
      return call((api) => api.run(request.exerciseId, request.code, request.mode, onTest ? Comlink.proxy(onTest) : undefined));
    },
    runCustom(request) {
      return call((api) => api.runCustom(request.exerciseId, request.code, request.input));
    },
    examples(exerciseId) {
      return call((api) => api.examples(exerciseId));
    },
    prepare(exerciseId) {
      if (exerciseId === openExercise) return;
      openExercise = exerciseId;
      if (!warmedUp) return; // the first warm-up prepares it
      warm(current);
      if (standby) warm(standby);
    },
    backend() {
      return call((api) => api.backend());
    },
    stop() {
      const rejecters = [...inFlight];
      inFlight.clear();
      replace();
      for (const r of rejecters) r(new RunStoppedError());
    },
    dispose() {
      current.worker.terminate();
      standby?.worker.terminate();
    },
  };
}
