// What the editor holds for one open exercise and where it came from: the user's
// draft, or code from a share link (which becomes the draft only with the user's
// consent when a different draft exists). Saves drafts and runs the solving clock.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { OpenedExercise } from "../catalog";
import { createDebouncedSaver, createDraftStore, type KeyValueStorage } from "../drafts";
import { exerciseModel, replaceCode } from "../editor/exercise-model";
import { exerciseHash } from "../route";
import type { DecodedCode } from "../share-link";
import { appStore } from "../store/use-app-store";
import { CHECKPOINT_INTERVAL_MS } from "../timer";
import { replaceHash } from "./use-hash-route";
import { useInterval } from "./use-interval";

function safeLocalStorage(): KeyValueStorage {
  try {
    return window.localStorage;
  } catch {
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
  }
}

export const drafts = createDraftStore(safeLocalStorage());

export type CodeSource = "draft" | "link";

export interface ExerciseSession {
  model: ReturnType<typeof exerciseModel>;
  source: CodeSource;
  /** Link code shown while the user's different draft is kept: editing needs consent first. */
  readOnly: boolean;
  /** Why the link's code could not be opened (truncated, garbage, newer format). */
  linkProblem: string | null;
  saveError: string | null;
  code(): string;
  onUserEdit(): void;
  /** Makes the link's code the user's draft (after they agreed). */
  adoptLinkCode(): void;
  /** Leaves the link's code and shows the user's draft. */
  backToDraft(): void;
  resetToStarter(): void;
  saveNow(): void;
  dismissLinkProblem(): void;
}

export function useExerciseSession(entry: OpenedExercise, shared: DecodedCode | undefined): ExerciseSession {
  const id = entry.meta.id;
  // Decided once per opening of the exercise.
  const initial = useMemo(() => {
    const draft = drafts.load(id);
    if (shared?.ok) {
      const differs = draft !== null && draft !== shared.code && draft !== entry.starter;
      return { code: shared.code, source: "link" as const, readOnly: differs, linkProblem: null };
    }
    return { code: draft ?? entry.starter, source: "draft" as const, readOnly: false, linkProblem: shared && !shared.ok ? shared.reason : null };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const model = useMemo(() => {
    const m = exerciseModel(id, initial.code);
    replaceCode(m, initial.code);
    return m;
  }, [id, initial]);

  const [source, setSource] = useState<CodeSource>(initial.source);
  const [readOnly, setReadOnly] = useState(initial.readOnly);
  const [linkProblem, setLinkProblem] = useState(initial.linkProblem);
  const [saveError, setSaveError] = useState<string | null>(null);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  const saver = useMemo(() => createDebouncedSaver(drafts, setSaveError), []);
  const code = useCallback(() => model.getValue(), [model]);
  const leaveLink = useCallback(() => {
    setSource("draft");
    setReadOnly(false);
    if (/[?&]code=/.test(window.location.hash)) replaceHash(exerciseHash(id));
  }, [id]);

  const onUserEdit = useCallback(() => {
    // Editing link code with no different draft to protect makes it the draft.
    if (sourceRef.current === "link") leaveLink();
    appStore.getState().noteEdit(id, Date.now());
    saver.schedule(id, code);
  }, [id, code, saver, leaveLink]);

  const adoptLinkCode = useCallback(() => {
    leaveLink();
    setSaveError(drafts.save(id, code()));
  }, [id, code, leaveLink]);

  const backToDraft = useCallback(() => {
    replaceCode(model, drafts.load(id) ?? entry.starter);
    leaveLink();
  }, [id, model, entry.starter, leaveLink]);

  const resetToStarter = useCallback(() => {
    saver.cancel();
    replaceCode(model, entry.starter, true);
    drafts.remove(id);
    leaveLink();
    appStore.getState().restartAttempt(id);
  }, [id, model, entry.starter, saver, leaveLink]);

  // The clock counts while the exercise is open; a checkpoint every few seconds keeps a crash from losing much.
  useEffect(() => {
    const s = appStore.getState;
    s().openClock(id, Date.now());
    const hide = () => {
      saver.flush();
      s().checkpointClock(id, Date.now());
    };
    const leave = () => {
      saver.flush();
      s().closeClock(id, Date.now());
    };
    const back = () => s().openClock(id, Date.now());
    const onVisibility = () => document.visibilityState === "hidden" && hide();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", back);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", back);
      leave();
    };
  }, [id, saver]);
  useInterval(() => appStore.getState().checkpointClock(id, Date.now()), CHECKPOINT_INTERVAL_MS);

  const saveNow = useCallback(() => saver.flush(), [saver]);
  const dismissLinkProblem = useCallback(() => setLinkProblem(null), []);
  return useMemo(
    () => ({ model, source, readOnly, linkProblem, saveError, code, onUserEdit, adoptLinkCode, backToDraft, resetToStarter, saveNow, dismissLinkProblem }),
    [model, source, readOnly, linkProblem, saveError, code, onUserEdit, adoptLinkCode, backToDraft, resetToStarter, saveNow, dismissLinkProblem],
  );
}
