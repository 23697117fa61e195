// The page's one store, kept in localStorage, with a React hook to read it.
import { useStore } from "zustand";
import type { StateStorage } from "zustand/middleware";
import { createAppStore, type AppState } from "./app-store";

/** localStorage, or memory when it cannot be used (private mode, storage disabled). */
function browserStorage(): StateStorage {
  try {
    const probe = "tensorkata.probe";
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return {
      getItem: (k) => localStorage.getItem(k),
      setItem: (k, v) => {
        try {
          localStorage.setItem(k, v);
        } catch (e) {
          console.warn("tensorkata: could not save progress", e);
        }
      },
      removeItem: (k) => localStorage.removeItem(k),
    };
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

/** Where the page keeps its state (and the run in flight). */
export const appStorage = browserStorage();

export const appStore = createAppStore(appStorage);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
