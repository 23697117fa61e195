// The last judge result and the custom input (with its last output) per exercise.
import type { StateCreator } from "zustand";
import type { CustomRunResult, JudgeResult } from "../../judge/types";
import type { AppState } from "./app-store";

export interface ResultsSlice {
  results: Record<string, JudgeResult>;
  customInputs: Record<string, string>;
  customResults: Record<string, CustomRunResult>;
  setJudgeResult(id: string, result: JudgeResult): void;
  setCustomInput(id: string, input: string): void;
  setCustomResult(id: string, result: CustomRunResult | null): void;
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  results: {},
  customInputs: {},
  customResults: {},
  setJudgeResult: (id, result) => set((s) => ({ results: { ...s.results, [id]: result } })),
  setCustomInput: (id, input) => set((s) => ({ customInputs: { ...s.customInputs, [id]: input } })),
  setCustomResult: (id, result) =>
    set((s) => {
      const customResults = { ...s.customResults };
      if (result) customResults[id] = result;
      else delete customResults[id];
      return { customResults };
    }),
});
