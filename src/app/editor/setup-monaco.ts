// Monaco from the local package, never a CDN: the slim editor entry, the editor
// features a coding round uses (not Monaco's register.all, which also brings the diff
// editor, inline completions, sticky scroll, colour pickers and more: about 1 MB), the
// TypeScript syntax and language service, and workers built by Vite. The workers start
// once the editor is interactive and the page has settled (see editor-ready.ts).
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/caretOperations/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/codeEditor/register";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/documentSymbols/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/fontZoom/register";
import "monaco-editor/features/format/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/gotoLine/register";
import "monaco-editor/features/gotoSymbol/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/inPlaceReplace/register";
import "monaco-editor/features/lineSelection/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/links/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/parameterHints/register";
import "monaco-editor/features/quickCommand/register";
import "monaco-editor/features/quickHelp/register";
import "monaco-editor/features/quickOutline/register";
import "monaco-editor/features/readOnlyMessage/register";
import "monaco-editor/features/referenceSearch/register";
import "monaco-editor/features/rename/register";
import "monaco-editor/features/smartSelect/register";
import "monaco-editor/features/snippet/register";
import "monaco-editor/features/suggest/register";
// The suggestion widget itself: register.all reaches it only through inline completions.
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/features/unicodeHighlighter/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import "monaco-editor/features/wordPartOperations/register";
import "monaco-editor/languages/definitions/typescript/register";
import * as ts from "monaco-editor/languages/features/typescript/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";
import { afterEditorSettled } from "./editor-ready";

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Promise<Worker> | Worker };
  }
}

self.MonacoEnvironment = {
  // Monaco waits for the promise; the editor types and colours code meanwhile. The
  // TypeScript worker starts with tfjs's types already in place, so that the first
  // `tf.` completes.
  getWorker: (_id, label) => afterEditorSettled().then(async () => {
    if (label !== "typescript" && label !== "javascript") return new EditorWorker();
    await loadTfjsTypes();
    return new TsWorker();
  }),
};

ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  lib: ["es2023", "webworker"],
  strict: true,
  noImplicitAny: true,
  allowNonTsExtensions: true,
  isolatedModules: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
});
ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
// Keep the service's model of other files in sync at once, so tfjs types apply as soon as they load.
ts.typescriptDefaults.setEagerModelSync(true);

loader.config({ monaco });

export { monaco, ts };

/** Where an exercise's code lives in Monaco: one model per exercise. */
export function modelUri(exerciseId: string): monaco.Uri {
  return monaco.Uri.parse(`file:///exercises/${exerciseId}/solution.ts`);
}

let typesLoading: Promise<void> | null = null;

/** Loads tfjs's type declarations into the language service, once, off the first page's bundle, once the language service may start. */
export function loadTfjsTypes(): Promise<void> {
  typesLoading ??= afterEditorSettled().then(() => import("./tfjs-types")).then((m) => m.addTfjsTypes(ts.typescriptDefaults)).catch((e) => {
    typesLoading = null;
    console.warn("tensorkata: tfjs types did not load", e);
  });
  return typesLoading;
}
