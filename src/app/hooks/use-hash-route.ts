import { useSyncExternalStore } from "react";
import { parseRoute, type Route } from "../route";

let cachedHash: string | null = null;
let cachedRoute: Route = { page: "list" };

function currentRoute(): Route {
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash;
    cachedRoute = parseRoute(window.location);
  }
  return cachedRoute;
}

/** The route in the URL fragment, updated on navigation. */
export function useHashRoute(): Route {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener("hashchange", onChange);
      return () => window.removeEventListener("hashchange", onChange);
    },
    currentRoute,
  );
}

/** Rewrites the fragment without a navigation (no history entry, no hashchange). */
export function replaceHash(hash: string): void {
  history.replaceState(history.state, "", hash);
}
