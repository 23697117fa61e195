// Share links: `#/exercise/<id>?code=1<payload>`. `1` is the format version; the
// payload is base64url, without padding, of raw DEFLATE (RFC 1951) of the UTF-8
// source. The code lives only in the fragment, so it never reaches a server.
// Links of every version ever published must keep opening: add a new version
// beside this one, never change what `1` means.
import { deflateSync, inflateSync } from "fflate";

export const SHARE_FORMAT_VERSION = "1";

/** The parts of `Location` the codec reads; passed in, never read globally. */
export interface LocationLike {
  origin: string;
  pathname: string;
  hash: string;
}

export type DecodedCode = { ok: true; code: string } | { ok: false; reason: string };

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DECODE_TABLE = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[BASE64URL.charCodeAt(i)] = i;
  // Standard base64 as well, in case a link went through a tool that rewrote it.
  t["+".charCodeAt(0)] = 62;
  t["/".charCodeAt(0)] = 63;
  return t;
})();

export function bytesToBase64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += BASE64URL[n >> 18]! + BASE64URL[(n >> 12) & 63]! + BASE64URL[(n >> 6) & 63]! + BASE64URL[n & 63]!;
  }
  if (i < bytes.length) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += BASE64URL[n >> 18]! + BASE64URL[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += BASE64URL[(n >> 6) & 63]!;
  }
  return out;
}

/** Decodes base64url (padding optional); null when the text is not base64. */
export function base64UrlToBytes(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, "");
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0, acc = 0, o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? DECODE_TABLE[c]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** The `code` parameter's value for a source: version digit + payload. */
export function encodeSharedCode(source: string): string {
  return SHARE_FORMAT_VERSION + bytesToBase64Url(deflateSync(new TextEncoder().encode(source), { level: 9 }));
}

const DAMAGED = "The code in this link is damaged (cut short or altered), so it could not be read.";

/** Reads a `code` parameter's value. Never throws. */
export function decodeSharedCode(value: string): DecodedCode {
  let param = value;
  try {
    param = decodeURIComponent(value);
  } catch {
    /* not percent-encoded: use as is */
  }
  if (param === "") return { ok: false, reason: "The link's code parameter is empty." };
  const version = param[0]!;
  if (version !== SHARE_FORMAT_VERSION) {
    return /[0-9]/.test(version)
      ? { ok: false, reason: `This link uses share format ${version}, which this version of tensorkata does not know. Reload to get the latest version.` }
      : { ok: false, reason: DAMAGED };
  }
  const bytes = base64UrlToBytes(param.slice(1));
  if (!bytes || bytes.length === 0) return { ok: false, reason: DAMAGED };
  try {
    const source = new TextDecoder("utf-8", { fatal: true }).decode(inflateSync(bytes));
    return { ok: true, code: source };
  } catch {
    return { ok: false, reason: DAMAGED };
  }
}

/** The hash of a link that opens exercise `id` with `source` in the editor. */
export function shareHash(id: string, source: string): string {
  return `#/exercise/${encodeURIComponent(id)}?code=${encodeSharedCode(source)}`;
}

/** The full link to share, on the page's own origin and path. */
export function shareUrl(location: Pick<LocationLike, "origin" | "pathname">, id: string, source: string): string {
  return location.origin + location.pathname + shareHash(id, source);
}
