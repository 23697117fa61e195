// Tells the user, as they type, when their code no longer exports the function the
// judge calls with the exercise's signature. A hidden model assigns the user's export
// to the starter's type; the TypeScript service checks it like any file, and its
// errors come back as a warning on the user's export line.
import { modelUri, monaco, ts } from "./setup-monaco";

const OWNER = "tensorkata-signature";

/** The line to mark: the entry's declaration, else the first exported function, else line 1. */
function entryLine(model: monaco.editor.ITextModel, entry: string): number {
  for (const pattern of [`export\\s+(async\\s+)?function\\s+${entry}\\b`, "export\\s+(async\\s+)?function\\b", "\\bfunction\\b"]) {
    const match = model.findNextMatch(pattern, { lineNumber: 1, column: 1 }, true, true, null, false);
    if (match) return match.range.startLineNumber;
  }
  return 1;
}

function friendly(entry: string, signature: string, marker: monaco.editor.IMarker): string {
  if (marker.code === "2339" || /has no exported member|does not exist/.test(marker.message)) {
    return `The judge calls the function your code exports as "${entry}": export function ${entry}${signature}.`;
  }
  return `"${entry}" does not fit the exercise's signature ${entry}${signature}:\n${marker.message}`;
}

/** The signature text after the name in the starter, e.g. "(graph: number[][], start: number): number[]". */
export function starterSignature(starter: string, entry: string): string {
  const m = new RegExp(`export\\s+(?:async\\s+)?function\\s+${entry}\\s*([^{]*)\\{`).exec(starter);
  return m ? m[1]!.replace(/\s+/g, " ").trim() : "(…)";
}

export function watchSignature(exerciseId: string, entry: string, starter: string): monaco.IDisposable {
  const userModel = monaco.editor.getModel(modelUri(exerciseId));
  if (!userModel || !/^[A-Za-z_$][\w$]*$/.test(entry)) return { dispose() {} };
  const base = `file:///exercises/${exerciseId}/`;
  const lib = ts.typescriptDefaults.addExtraLib(starter, `${base}__starter.ts`);
  const checkUri = monaco.Uri.parse(`${base}__signature-check.ts`);
  monaco.editor.getModel(checkUri)?.dispose();
  const checkSource = `import * as solution from "./solution";\nimport * as starter from "./__starter";\nexport const entry: typeof starter.${entry} = solution.${entry};\n`;
  const checkModel = monaco.editor.createModel(checkSource, "typescript", checkUri);
  let flip = false;
  const signature = starterSignature(starter, entry);
  const mirror = () => {
    const problems = monaco.editor.getModelMarkers({ resource: checkUri }).filter((m) => m.severity === monaco.MarkerSeverity.Error && m.startLineNumber === 3);
    const line = entryLine(userModel, entry);
    monaco.editor.setModelMarkers(userModel, OWNER, problems.slice(0, 1).map((m) => ({
      severity: monaco.MarkerSeverity.Warning,
      message: friendly(entry, signature, m),
      source: "exercise",
      startLineNumber: line,
      startColumn: 1,
      endLineNumber: line,
      endColumn: userModel.getLineMaxColumn(line),
    })));
  };
  const sub = monaco.editor.onDidChangeMarkers((uris) => uris.some((u) => u.toString() === checkUri.toString()) && mirror());
  // The check file only changes when the user's file does: touch it so the service re-checks it.
  const touch = userModel.onDidChangeContent(() => checkModel.setValue(checkSource + ((flip = !flip) ? "\n" : "")));
  return {
    dispose() {
      sub.dispose();
      touch.dispose();
      checkModel.dispose();
      lib.dispose();
      monaco.editor.setModelMarkers(userModel, OWNER, []);
    },
  };
}
