// One exercise: statement and examples beside the editor, results below it.
import { useCallback, useEffect, useRef, useState } from "react";
import type { JudgeMode, SourceLocation } from "../../judge/types";
import type { OpenedExercise } from "../catalog";
import { entryParamNames } from "../custom-input-prefill";
import { CodeEditor } from "../editor/CodeEditor";
import { afterEditorReady } from "../editor/editor-ready";
import { markJudgeError } from "../editor/exercise-model";
import { watchSignature } from "../editor/signature-check";
import type { monaco } from "../editor/setup-monaco";
import { useExerciseSession } from "../hooks/use-exercise-session";
import { judgeClient, startCustomRun, startJudgeRun, stopRun } from "../judge/judge-session";
import type { DecodedCode } from "../share-link";
import { useAppStore, appStore } from "../store/use-app-store";
import { ConfirmDialog } from "./ConfirmDialog";
import { CustomInputPanel } from "./CustomInputPanel";
import { ExerciseToolbar } from "./ExerciseToolbar";
import { ResultsPanel } from "./ResultsPanel";
import { SplitPane } from "./SplitPane";
import { StatementPane } from "./StatementPane";
import { failureLocation } from "./VerdictBanner";

type Question = "adopt-link" | "reset" | null;

export default function ExerciseView({ entry, shared }: { entry: OpenedExercise; shared?: DecodedCode }) {
  const id = entry.meta.id;
  const session = useExerciseSession(entry, shared);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const running = useAppStore((s) => s.run !== null);
  const layout = useAppStore((s) => s.layout);
  const setLayout = useAppStore((s) => s.setLayout);
  const [question, setQuestion] = useState<Question>(null);

  const reveal = useCallback((loc: SourceLocation) => {
    const ed = editor.current;
    if (!ed) return;
    ed.revealLineInCenter(loc.line);
    ed.setPosition({ lineNumber: loc.line, column: Math.max(1, loc.column || 1) });
    ed.focus();
  }, []);

  const judge = useCallback(async (mode: JudgeMode) => {
    if (appStore.getState().run) return;
    session.saveNow();
    markJudgeError(session.model, null);
    const result = await startJudgeRun(id, session.code(), mode, session.source === "draft");
    if (result && result.verdict !== "accepted") markJudgeError(session.model, failureLocation(result), result.message);
  }, [id, session]);

  const runCustom = useCallback(async (input: string) => {
    const result = await startCustomRun(id, session.code(), input);
    if (result?.location) markJudgeError(session.model, result.location, result.message ?? result.verdictMessage);
  }, [id, session]);

  // The last result's error line comes back with the page.
  useEffect(() => {
    const last = appStore.getState().results[id];
    if (last && last.verdict !== "accepted") markJudgeError(session.model, failureLocation(last), last.message);
  }, [id, session.model]);

  // The judge builds this exercise's hidden tests while the user reads (once typing works).
  useEffect(() => {
    let live = true;
    void afterEditorReady().then(() => live && judgeClient().prepare(id));
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    document.title = `${entry.meta.title} · tensorkata`;
    return () => void (document.title = "tensorkata");
  }, [entry]);

  useEffect(() => {
    const watch = watchSignature(id, entry.meta.entry, entry.starter);
    return () => watch.dispose();
  }, [id, entry]);

  // Shortcuts outside the editor (the editor has its own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      if ((e.target as Element | null)?.closest?.(".monaco-editor")) return;
      e.preventDefault();
      void judge(e.shiftKey ? "submit" : "examples");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [judge]);

  const bottomTab = useAppStore((s) => s.bottomTab);
  const setBottomTab = useAppStore((s) => s.setBottomTab);

  return (
    <main className="exercise-page">
      <ExerciseToolbar
        entry={entry}
        running={running}
        code={session.code}
        onRun={() => void judge("examples")}
        onSubmit={() => void judge("submit")}
        onStop={stopRun}
        onReset={() => setQuestion("reset")}
      />
      <Banners session={session} onAdopt={() => setQuestion("adopt-link")} />
      <CrashNotice exerciseId={id} />
      <div className="workspace">
        <SplitPane
          direction="row"
          label="Resize the statement and the editor"
          fraction={layout.statementWidth}
          onFraction={(f) => setLayout({ statementWidth: f })}
          first={<StatementPane entry={entry} />}
          second={
            <SplitPane
              direction="column"
              label="Resize the editor and the results"
              fraction={layout.editorHeight}
              onFraction={(f) => setLayout({ editorHeight: f })}
              minPx={120}
              first={
                <div className="editor-box">
                  <CodeEditor
                    exerciseId={id}
                    readOnly={session.readOnly}
                    onUserEdit={session.onUserEdit}
                    onRun={() => void judge("examples")}
                    onSubmit={() => void judge("submit")}
                    onSave={session.saveNow}
                    onAttemptReadOnlyEdit={() => setQuestion("adopt-link")}
                    onReady={(ed) => (editor.current = ed)}
                  />
                </div>
              }
              second={
                <section className="bottom-panel">
                  <div className="tabs" role="tablist">
                    <button type="button" role="tab" aria-selected={bottomTab === "results"} onClick={() => setBottomTab("results")}>Results</button>
                    <button type="button" role="tab" aria-selected={bottomTab === "custom"} onClick={() => setBottomTab("custom")}>Custom input</button>
                  </div>
                  <div className="tab-body" role="tabpanel">
                    {bottomTab === "results"
                      ? <ResultsPanel exerciseId={id} onReveal={reveal} />
                      : <CustomInputPanel exerciseId={id} paramNames={entryParamNames(entry.starter, entry.meta.entry)} running={running} onRunCustom={(i) => void runCustom(i)} onReveal={reveal} />}
                  </div>
                </section>
              }
            />
          }
        />
      </div>
      {question === "reset" && (
        <ConfirmDialog
          title="Reset to the starter code?"
          message="Your code in the editor is replaced by the starter code and the clock starts again at your next edit. Ctrl+Z in the editor brings your code back."
          confirmLabel="Reset"
          danger
          onConfirm={() => { setQuestion(null); session.resetToStarter(); }}
          onCancel={() => setQuestion(null)}
        />
      )}
      {question === "adopt-link" && (
        <ConfirmDialog
          title="Make the link's code your draft?"
          message="You already have a different draft of this exercise. Editing the code from the link replaces that draft."
          confirmLabel="Replace my draft"
          cancelLabel="Keep my draft"
          danger
          onConfirm={() => { setQuestion(null); session.adoptLinkCode(); editor.current?.focus(); }}
          onCancel={() => setQuestion(null)}
        />
      )}
    </main>
  );
}

/** The page died during this exercise's last run (see run-in-flight.ts). */
function CrashNotice({ exerciseId }: { exerciseId: string }) {
  const notice = useAppStore((s) => s.crashNotices[exerciseId]);
  if (!notice) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="crash-notice">
      <span>{notice}</span>
      <button type="button" className="link-button" onClick={() => appStore.getState().setCrashNotice(exerciseId, null)}>Dismiss</button>
    </div>
  );
}

function Banners({ session, onAdopt }: { session: ReturnType<typeof useExerciseSession>; onAdopt(): void }) {
  return (
    <>
      {session.linkProblem && (
        <div className="banner banner-error" role="alert" data-testid="link-problem">
          <span>{session.linkProblem} Showing your own code instead.</span>
          <button type="button" className="link-button" onClick={session.dismissLinkProblem}>Dismiss</button>
        </div>
      )}
      {session.source === "link" && (
        <div className="banner banner-info" role="status" data-testid="link-banner">
          {session.readOnly ? (
            <>
              <span>You are viewing code from a shared link. It has not run; your own draft is kept.</span>
              <button type="button" onClick={onAdopt}>Make it my draft</button>
              <button type="button" className="link-button" onClick={session.backToDraft}>Back to my draft</button>
            </>
          ) : (
            <span>You are viewing code from a shared link. It has not run. Edit it to make it your draft.</span>
          )}
        </div>
      )}
      {session.saveError && <div className="banner banner-error" role="alert">{session.saveError}</div>}
    </>
  );
}
