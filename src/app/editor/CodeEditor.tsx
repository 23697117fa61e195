// The code editor: Monaco on the exercise's model, with the app's shortcuts, the
// judge's error line, and read-only mode for code viewed from a link.
import Editor from "@monaco-editor/react";
import { useEffect, useMemo, useRef } from "react";
import { usePrefersDark } from "../hooks/use-prefers-dark";
import { editorInUse, editorMounted } from "./editor-ready";
import { isAppEdit } from "./exercise-model";
import { loadTfjsTypes, modelUri, monaco } from "./setup-monaco";

export interface CodeEditorProps {
  exerciseId: string;
  readOnly: boolean;
  onUserEdit(): void;
  onRun(): void;
  onSubmit(): void;
  onSave(): void;
  onAttemptReadOnlyEdit(): void;
  onReady(editor: monaco.editor.IStandaloneCodeEditor): void;
}

const READ_ONLY_MESSAGE = { value: "This is code from a shared link. Choose **Make it my draft** above to edit it." };

export function CodeEditor(props: CodeEditorProps) {
  const dark = usePrefersDark();
  // Monaco keeps the handlers it was given at mount: route them through a ref.
  const handlers = useRef(props);
  handlers.current = props;
  const options = useMemo<monaco.editor.IStandaloneEditorConstructionOptions>(
    () => ({
      readOnly: props.readOnly,
      readOnlyMessage: READ_ONLY_MESSAGE,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      glyphMargin: true,
      renderLineHighlight: "line",
      padding: { top: 8 },
      automaticLayout: true,
    }),
    [props.readOnly],
  );
  const disposers = useRef<monaco.IDisposable[]>([]);
  useEffect(() => () => disposers.current.forEach((d) => d.dispose()), []);

  const onMount = (editor: monaco.editor.IStandaloneCodeEditor) => {
    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => handlers.current.onRun());
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, () => handlers.current.onSubmit());
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => handlers.current.onSave());
    const errorLines = editor.createDecorationsCollection();
    const showErrorLine = () => {
      const model = editor.getModel();
      const markers = model ? monaco.editor.getModelMarkers({ resource: model.uri, owner: "tensorkata-judge" }) : [];
      errorLines.set(markers.map((m) => ({
        range: new monaco.Range(m.startLineNumber, 1, m.startLineNumber, 1),
        options: { isWholeLine: true, className: "judge-error-line", glyphMarginClassName: "judge-error-glyph", glyphMarginHoverMessage: { value: m.message } },
      })));
    };
    showErrorLine();
    disposers.current.push(
      editor.onDidChangeModelContent(() => {
        const model = editor.getModel();
        if (model && !isAppEdit(model)) {
          editorInUse();
          handlers.current.onUserEdit();
        }
      }),
      editor.onDidAttemptReadOnlyEdit(() => handlers.current.onAttemptReadOnlyEdit()),
      monaco.editor.onDidChangeMarkers((uris) => {
        if (uris.some((u) => u.toString() === editor.getModel()?.uri.toString())) showErrorLine();
      }),
    );
    handlers.current.onReady(editor);
    editorMounted();
    void loadTfjsTypes();
  };

  return (
    <Editor
      path={modelUri(props.exerciseId).toString()}
      language="typescript"
      keepCurrentModel
      theme={dark ? "vs-dark" : "vs"}
      options={options}
      onMount={onMount}
      loading={<div className="editor-loading">Loading the editor…</div>}
    />
  );
}
