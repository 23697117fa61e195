// The user's code per exercise, one storage key each, written within half a second
// of typing (debounced) and at once when the page is hidden or closed.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DRAFT_KEY_PREFIX = "tensorkata.draft.";
export const SAVE_DELAY_MS = 300;

export interface DraftStore {
  load(id: string): string | null;
  /** Writes now; returns an error message when storage refused (full, disabled). */
  save(id: string, code: string): string | null;
  remove(id: string): void;
}

export function createDraftStore(storage: KeyValueStorage): DraftStore {
  return {
    load: (id) => {
      try {
        return storage.getItem(DRAFT_KEY_PREFIX + id);
      } catch {
        return null;
      }
    },
    save: (id, code) => {
      try {
        storage.setItem(DRAFT_KEY_PREFIX + id, code);
        return null;
      } catch (e) {
        return `Your draft could not be saved in this browser (${(e as Error).name || "storage error"}). Copy it somewhere safe or use Share.`;
      }
    },
    remove: (id) => {
      try {
        storage.removeItem(DRAFT_KEY_PREFIX + id);
      } catch {
        /* nothing to remove */
      }
    },
  };
}

export interface DebouncedSaver {
  /** The code changed: save it within SAVE_DELAY_MS. */
  schedule(id: string, read: () => string): void;
  /** Save whatever is pending now (page hidden, exercise left). */
  flush(): void;
  /** Forget what is pending without saving it. */
  cancel(): void;
}

export function createDebouncedSaver(
  drafts: DraftStore,
  onError: (message: string | null) => void,
  timers: { set: (f: () => void, ms: number) => unknown; clear: (t: unknown) => void } = {
    set: (f, ms) => setTimeout(f, ms),
    clear: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  },
): DebouncedSaver {
  let pending: { id: string; read: () => string } | null = null;
  let timer: unknown = null;
  const flush = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (!pending) return;
    const { id, read } = pending;
    pending = null;
    onError(drafts.save(id, read()));
  };
  return {
    schedule(id, read) {
      if (pending && pending.id !== id) flush();
      pending = { id, read };
      if (timer === null) timer = timers.set(flush, SAVE_DELAY_MS);
    },
    flush,
    cancel() {
      if (timer !== null) timers.clear(timer);
      timer = null;
      pending = null;
    },
  };
}
