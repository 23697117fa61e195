// Turns the user's TypeScript into JavaScript the sandbox can evaluate. Sucrase only
// strips types (no type checking: the editor shows type errors) and keeps line numbers,
// so a runtime error's line maps straight back to the user's source.
import { transform } from "sucrase";
import type { SourceLocation } from "./types";

export const ALLOWED_MODULE = "@tensorflow/tfjs";

export type CompileOutcome =
  | { ok: true; js: string; usesTf: boolean }
  | { ok: false; message: string; location?: SourceLocation };

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g,
  /\bexport\s+(?:type\s+)?[\w*{}\s,$]+?\s+from\s+["']([^"']+)["']/g,
  /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
];

function locationOf(source: string, index: number): SourceLocation {
  const before = source.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}

/** Blanks out comments and string contents so the import scan cannot be fooled by them (keeps offsets). */
function maskComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, " "));
}

export function compileSolution(source: string): CompileOutcome {
  if (typeof source !== "string") return { ok: false, message: "The solution must be TypeScript source text." };
  if (source.trim() === "") return { ok: false, message: "The solution is empty: write a module that exports the function.", location: { line: 1, column: 1 } };
  const scanned = maskComments(source);
  let usesTf = false;
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of scanned.matchAll(pattern)) {
      const spec = m[1]!;
      if (spec === ALLOWED_MODULE) {
        usesTf = true;
        continue;
      }
      return {
        ok: false,
        message: `Cannot import "${spec}": the only module available is "${ALLOWED_MODULE}".`,
        location: locationOf(source, m.index! + m[0].indexOf(spec)),
      };
    }
  }
  try {
    const { code } = transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true });
    return { ok: true, js: code, usesTf };
  } catch (e) {
    const err = e as { message?: string; loc?: { line: number; column: number } };
    const message = String(err.message ?? e).replace(/\s*\(\d+:\d+\)$/, "");
    return {
      ok: false,
      message: `Syntax error: ${message}${err.loc ? ` (line ${err.loc.line}, column ${err.loc.column})` : ""}`,
      location: err.loc ? { line: err.loc.line, column: err.loc.column } : undefined,
    };
  }
}
