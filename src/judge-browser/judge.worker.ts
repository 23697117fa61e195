// The judge worker: holds the exercises' checks and references and runs the judge
// core; user code runs one level further down, in sandbox workers it starts.
import * as Comlink from "comlink";
import { exampleViews, judge, prepareSubmit, runCustomInput, type JudgeEnv } from "../judge/runner";
import type { JudgeMode } from "../judge/types";
import { getBrowserExercise } from "./exercises-browser";
import type { OnTest } from "./judge-client-types";
import { checkerTfBrowser } from "./load-tf-browser";
import { startBrowserSandbox, warmBrowserSandbox } from "./start-sandbox-browser";

const env: JudgeEnv = { startSandbox: startBrowserSandbox, loadTf: checkerTfBrowser };

const api = {
  async run(exerciseId: string, code: string, mode: JudgeMode, onTest?: OnTest) {
    const ex = await getBrowserExercise(exerciseId);
    return judge(ex, code, env, { mode, onTest: onTest ? (t, done, total) => void onTest(t, done, total) : undefined });
  },
  async runCustom(exerciseId: string, code: string, input: string) {
    return runCustomInput(await getBrowserExercise(exerciseId), code, input, env);
  },
  async examples(exerciseId: string) {
    return exampleViews(await getBrowserExercise(exerciseId), env);
  },
  async backend() {
    return (await checkerTfBrowser()).backend;
  },
  /** Warms up: boots the sandbox the first run will use and, given an exercise, builds its Submit's cases. */
  async warm(exerciseId?: string) {
    warmBrowserSandbox();
    if (exerciseId) await prepareSubmit(await getBrowserExercise(exerciseId), env);
  },
};

export type JudgeWorkerApi = typeof api;
Comlink.expose(api);
