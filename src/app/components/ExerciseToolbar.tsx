import type { OpenedExercise } from "../catalog";
import { LIST_HASH } from "../route";
import { HelpPopover } from "./HelpPopover";
import { ShareButton } from "./ShareButton";
import { SolvingTimer } from "./SolvingTimer";

const mod = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

interface ExerciseToolbarProps {
  entry: OpenedExercise;
  running: boolean;
  code(): string;
  onRun(): void;
  onSubmit(): void;
  onStop(): void;
  onReset(): void;
}

export function ExerciseToolbar({ entry, running, code, onRun, onSubmit, onStop, onReset }: ExerciseToolbarProps) {
  const { meta } = entry;
  return (
    <header className="toolbar">
      <a href={LIST_HASH} className="back-link" title="All exercises">← Exercises</a>
      <h1 className="toolbar-title" title={meta.title}>{meta.title}</h1>
      <SolvingTimer exerciseId={meta.id} minutes={meta.minutes} />
      <div className="toolbar-spacer" />
      <button type="button" onClick={onReset} title="Replace your code with the starter code">Reset</button>
      <ShareButton exerciseId={meta.id} code={code} />
      <HelpPopover />
      <div className="run-buttons">
        {running && <button type="button" className="danger" data-testid="stop" onClick={onStop} title="Stop the run now">Stop</button>}
        <button type="button" data-testid="run" disabled={running} onClick={onRun} title={`Run the examples (${mod}+Enter)`}>Run</button>
        <button type="button" className="primary" data-testid="submit" disabled={running} onClick={onSubmit} title={`Submit to the hidden tests (${mod}+Shift+Enter)`}>Submit</button>
      </div>
    </header>
  );
}
