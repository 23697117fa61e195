// The judge wired for Node: exercises from disk, sandboxes in child processes, tfjs
// (WASM else CPU, by measurement) for the checks.
import { judge, runCustomInput, type JudgeEnv, type JudgeOptions, type LoadedExercise } from "../judge/runner";
import type { CustomRunResult, JudgeResult } from "../judge/types";
import { loadExercise } from "./exercises";
import { checkerTfNode } from "./load-tf";
import { prebuilt } from "./prebuilt";
import { startNodeSandbox } from "./start-sandbox";

const exerciseCache = new Map<string, Promise<LoadedExercise>>();

export function getExercise(id: string): Promise<LoadedExercise> {
  let p = exerciseCache.get(id);
  if (!p) exerciseCache.set(id, (p = loadExercise(id)));
  return p;
}

export const nodeEnv: JudgeEnv = {
  startSandbox: startNodeSandbox,
  loadTf: async () => {
    const { tf, choice } = await checkerTfNode(prebuilt?.savedBackendFile);
    return { tf, backend: choice.backend };
  },
};

export async function judgeInNode(id: string, source: string, options: JudgeOptions): Promise<JudgeResult> {
  const ex = await getExercise(id);
  return judge(ex, source, nodeEnv, options);
}

export async function customRunInNode(id: string, source: string, input: string): Promise<CustomRunResult> {
  const ex = await getExercise(id);
  return runCustomInput(ex, source, input, nodeEnv);
}
