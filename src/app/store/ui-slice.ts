// What the list is filtered by, and how the panes are sized.
import type { StateCreator } from "zustand";
import type { Difficulty } from "../../judge/types";
import type { AppState } from "./app-store";

export interface ListFilters {
  query: string;
  tag: string | null;
  difficulty: Difficulty | null;
}

export interface PaneLayout {
  /** Share of the width given to the statement pane. */
  statementWidth: number;
  /** Share of the editor column's height given to the editor (the rest to results). */
  editorHeight: number;
}

export type BottomTab = "results" | "custom";

export interface UiSlice {
  filters: ListFilters;
  layout: PaneLayout;
  bottomTab: BottomTab;
  setFilters(patch: Partial<ListFilters>): void;
  setLayout(patch: Partial<PaneLayout>): void;
  setBottomTab(tab: BottomTab): void;
}

export const DEFAULT_LAYOUT: PaneLayout = { statementWidth: 0.38, editorHeight: 0.6 };

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  filters: { query: "", tag: null, difficulty: null },
  layout: DEFAULT_LAYOUT,
  bottomTab: "results",
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  setLayout: (patch) => set((s) => ({ layout: { ...s.layout, ...patch } })),
  setBottomTab: (bottomTab) => set({ bottomTab }),
});
