// Registers the service worker that precaches the whole app (page, exercises, editor,
// tfjs and its WebAssembly), so that after one visit everything works offline. A new
// version waits until the user chooses to reload: it never replaces the page under
// their typing. Drafts are saved on `pagehide`, so the reload keeps them.
import { registerSW } from "virtual:pwa-register";

type Listener = () => void;

let updateReady = false;
let offlineReady = false;
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();

function setUpdateReady(ready: boolean) {
  updateReady = ready;
  for (const l of listeners) l();
}

/** Starts the service worker (production builds only: the dev server serves fresh files). */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  applyUpdate = registerSW({
    onNeedRefresh: () => setUpdateReady(true),
    onOfflineReady: () => {
      offlineReady = true;
      for (const l of listeners) l();
    },
    onRegisterError: (error: unknown) => console.warn("Offline use is unavailable: the service worker did not register.", error),
  });
}

declare const __APP_RELEASE__: string | undefined;

/** This build's release label (set at build time; "dev" under the dev server and tests). */
export const RELEASE = typeof __APP_RELEASE__ === "string" ? __APP_RELEASE__ : "dev";

export const updateStatus = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isReady: () => updateReady,
  /** Every file of this version is cached: the app works with the network off. */
  isOfflineReady: () => offlineReady || (import.meta.env.PROD && navigator.serviceWorker?.controller != null),
  /** Activates the waiting version and reloads the page into it. */
  reload: () => void applyUpdate?.(true),
  dismiss: () => setUpdateReady(false),
};
