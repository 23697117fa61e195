// The app's few places, read from the URL fragment (location passed in):
//   #/                          the exercise list
//   #/exercise/<id>             an exercise with the user's draft
//   #/exercise/<id>?code=1...   an exercise with code from a share link (see share-link.ts)
import { decodeSharedCode, type DecodedCode, type LocationLike } from "./share-link";

export type Route =
  | { page: "list" }
  | { page: "exercise"; id: string; shared?: DecodedCode };

function queryParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of query.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    // No `+`-to-space rewriting: payloads are base64url.
    params.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? "" : part.slice(eq + 1));
  }
  return params;
}

export function parseRoute(location: Pick<LocationLike, "hash">): Route {
  const hash = location.hash.replace(/^#/, "");
  const q = hash.indexOf("?");
  const path = q < 0 ? hash : hash.slice(0, q);
  const match = /^\/exercise\/([^/]+)\/?$/.exec(path);
  if (!match) return { page: "list" };
  let id = match[1]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    /* keep it raw */
  }
  const params = queryParams(q < 0 ? "" : hash.slice(q + 1));
  const code = params.get("code");
  return code === undefined ? { page: "exercise", id } : { page: "exercise", id, shared: decodeSharedCode(code) };
}

export function exerciseHash(id: string): string {
  return `#/exercise/${encodeURIComponent(id)}`;
}

export const LIST_HASH = "#/";
