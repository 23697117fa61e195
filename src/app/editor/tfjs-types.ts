// tfjs's type declarations for the editor's TypeScript service, loaded lazily
// (about 1 MB of .d.ts). tfjs-core's files go in under their node_modules path, with
// a small `@tensorflow/tfjs` package that re-exports tfjs-core, so that both
// `import * as tf from "@tensorflow/tfjs"` and `tf.` completion work.
import type { LanguageServiceDefaults } from "monaco-editor/languages/features/typescript/register";

const coreDts = import.meta.glob<string>(["/node_modules/@tensorflow/tfjs-core/dist/**/*.d.ts", "!**/*_test.d.ts", "!**/test_util.d.ts", "!**/jasmine_util.d.ts"], {
  eager: true,
  query: "?raw",
  import: "default",
});

export function tfjsExtraLibs(): { filePath: string; content: string }[] {
  const libs = Object.entries(coreDts).map(([path, content]) => ({ filePath: `file://${path}`, content }));
  libs.push(
    { filePath: "file:///node_modules/@tensorflow/tfjs-core/package.json", content: JSON.stringify({ name: "@tensorflow/tfjs-core", types: "dist/index.d.ts" }) },
    { filePath: "file:///node_modules/@tensorflow/tfjs/package.json", content: JSON.stringify({ name: "@tensorflow/tfjs", types: "index.d.ts" }) },
    { filePath: "file:///node_modules/@tensorflow/tfjs/index.d.ts", content: 'export * from "@tensorflow/tfjs-core";\n' },
  );
  return libs;
}

/** Adds the tfjs libs in one update, keeping the extra libs already there. */
export function addTfjsTypes(defaults: LanguageServiceDefaults): void {
  const present = Object.entries(defaults.getExtraLibs()).map(([filePath, lib]) => ({ filePath, content: lib.content }));
  defaults.setExtraLibs([...present, ...tfjsExtraLibs()]);
}
