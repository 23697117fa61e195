// The app's store: small slices combined once, persisted by one table.
// Drafts are not here: the editor text lives in the Monaco model and is saved by
// drafts.ts (one storage key per exercise), so typing never touches the store.
import { createStore, type StoreApi } from "zustand/vanilla";
import { createJSONStorage, persist, type StateStorage } from "zustand/middleware";
import { restore } from "../timer";
import { createProgressSlice, type ProgressSlice } from "./progress-slice";
import { createResultsSlice, type ResultsSlice } from "./results-slice";
import { createRunSlice, type RunSlice } from "./run-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type AppState = ProgressSlice & ResultsSlice & RunSlice & UiSlice;

type DataKey = { [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? never : K }[keyof AppState];

/**
 * What survives a reload. Every piece of state is listed, so adding one forces a decision.
 * Nothing here travels in a share link: links carry only the code (see share-link.ts).
 */
export const PERSISTED: Record<DataKey, boolean> = {
  progress: true, // attempted / solved, best time, the solving clock
  results: true, // the last Run or Submit result per exercise
  customInputs: true,
  customResults: true,
  layout: true,
  filters: false, // a fresh list each visit
  bottomTab: false,
  run: false, // no run survives a reload
  runNotes: false,
  crashNotices: true, // shown when the exercise is next opened, even after another reload
};

export const STORAGE_KEY = "tensorkata.state";
export const STORAGE_VERSION = 1;

export function createAppStore(storage: StateStorage): StoreApi<AppState> {
  return createStore<AppState>()(
    persist(
      (...a) => ({ ...createProgressSlice(...a), ...createResultsSlice(...a), ...createRunSlice(...a), ...createUiSlice(...a) }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s) => Object.fromEntries(Object.entries(s).filter(([k]) => PERSISTED[k as DataKey])) as Partial<AppState>,
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<AppState>;
          const progress = Object.fromEntries(
            Object.entries(saved.progress ?? {}).map(([id, p]) => [id, { ...p, clock: restore(p.clock) }]),
          );
          return { ...current, ...saved, progress, layout: { ...current.layout, ...saved.layout } };
        },
      },
    ),
  );
}
