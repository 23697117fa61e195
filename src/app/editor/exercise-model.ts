// One Monaco model per exercise holds its code (the single source of truth while
// the page is open), and the judge's error marker for it.
import type { SourceLocation } from "../../judge/types";
import { modelUri, monaco } from "./setup-monaco";

type Model = monaco.editor.ITextModel;

const programmatic = new WeakSet<Model>();

export function exerciseModel(exerciseId: string, initialCode: string): Model {
  const uri = modelUri(exerciseId);
  return monaco.editor.getModel(uri) ?? monaco.editor.createModel(initialCode, "typescript", uri);
}

/** Replaces the code. Undoable when asked (Reset to starter), so it can be taken back with Ctrl+Z. */
export function replaceCode(model: Model, code: string, undoable = false): void {
  if (model.getValue() === code) return;
  programmatic.add(model);
  try {
    if (undoable) {
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
      model.pushStackElement();
    } else {
      model.setValue(code);
    }
  } finally {
    programmatic.delete(model);
  }
}

/** True while the app (not the user) is changing the model. */
export function isAppEdit(model: Model): boolean {
  return programmatic.has(model);
}

const JUDGE_MARKERS = "tensorkata-judge";

/** Underlines the line where the judge saw an error (or clears it with null). */
export function markJudgeError(model: Model, location: SourceLocation | null | undefined, message = ""): void {
  if (!location || location.line < 1 || location.line > model.getLineCount()) {
    monaco.editor.setModelMarkers(model, JUDGE_MARKERS, []);
    return;
  }
  const line = location.line;
  const startColumn = Math.min(Math.max(1, location.column || 1), model.getLineMaxColumn(line));
  const endColumn = model.getLineMaxColumn(line);
  monaco.editor.setModelMarkers(model, JUDGE_MARKERS, [{
    severity: monaco.MarkerSeverity.Error,
    message: message || "The judge stopped here.",
    source: "judge",
    startLineNumber: line,
    startColumn: startColumn === endColumn ? 1 : startColumn,
    endLineNumber: line,
    endColumn,
  }]);
}
