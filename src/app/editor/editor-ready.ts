// An exercise page loads in steps. First what typing needs: the page, the editor and its
// syntax colouring. Once the editor is interactive and the page is idle, the judge (its
// worker computes the examples and prepares the hidden tests). A moment later, the
// language service: the TypeScript worker (about 1.5 MB compressed, 7 MB to parse),
// tfjs's type declarations and Monaco's helper worker. On two cores, starting these with
// the editor delays the first keystroke. A user's Run or Submit never waits: it starts
// the judge at once.

let open: () => void = () => {};
const ready = new Promise<void>((resolve) => (open = resolve));
let scheduled = false;

/** If the editor never mounts (it failed to load), the rest still starts. */
const FALLBACK_MS = 5000;
setTimeout(() => open(), FALLBACK_MS);

/** The editor has mounted: open the gate at the page's next idle moment. */
export function editorMounted(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => open(), { timeout: 1000 });
  else setTimeout(() => open(), 100);
}

/** Resolves once the editor is interactive and the page has been idle. */
export function afterEditorReady(): Promise<void> {
  return ready;
}

/** How long after the judge the language service starts, if the user has not typed yet. */
const LANGUAGE_SERVICE_DELAY_MS = 1000;

let startLanguage: () => void = () => {};
const languageReady = new Promise<void>((resolve) => (startLanguage = resolve));
void ready.then(() => setTimeout(() => {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => startLanguage(), { timeout: 1000 });
  else startLanguage();
}, LANGUAGE_SERVICE_DELAY_MS));

/** The user is typing: completions and type errors are wanted now. */
export function editorInUse(): void {
  startLanguage();
}

/** Resolves when the editor's language service may start. */
export function afterEditorSettled(): Promise<void> {
  return languageReady;
}
