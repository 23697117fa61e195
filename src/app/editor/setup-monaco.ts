// Monaco from the local package, never a CDN: the slim editor entry, its editor
// contributions, TypeScript syntax and language service, and workers built by Vite.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/typescript/register";
import * as ts from "monaco-editor/languages/features/typescript/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker: (_id, label) => (label === "typescript" || label === "javascript" ? new TsWorker() : new EditorWorker()),
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

/** Loads tfjs's type declarations into the language service, once, off the first page's bundle. */
export function loadTfjsTypes(): Promise<void> {
  typesLoading ??= import("./tfjs-types").then((m) => m.addTfjsTypes(ts.typescriptDefaults)).catch((e) => {
    typesLoading = null;
    console.warn("tensorkata: tfjs types did not load", e);
  });
  return typesLoading;
}
