// Tells the user a new version is ready; reloading is their choice.
import { useSyncExternalStore } from "react";
import { RELEASE, updateStatus } from "./service-worker";

export function UpdateBanner() {
  const ready = useSyncExternalStore(updateStatus.subscribe, updateStatus.isReady);
  if (!ready) return null;
  return (
    <div className="update-toast banner banner-info" role="status" data-testid="update-ready">
      <span>A new version of tensorkata is ready. Your code is kept when you reload.</span>
      <button type="button" className="primary" data-testid="update-reload" onClick={updateStatus.reload}>
        Reload
      </button>
      <button type="button" className="link-button" onClick={updateStatus.dismiss}>
        Later
      </button>
    </div>
  );
}

/** The release and whether it is cached for offline use, for the foot of the list. */
export function ReleaseLine() {
  const offline = useSyncExternalStore(updateStatus.subscribe, updateStatus.isOfflineReady);
  return (
    <footer className="list-footer muted" data-testid="app-version" data-offline-ready={offline}>
      tensorkata {RELEASE}
      {offline ? " · ready to work offline" : ""}
    </footer>
  );
}
