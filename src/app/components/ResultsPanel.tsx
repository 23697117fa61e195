// The results of the last Run or Submit, or the progress of the one in flight.
import type { SourceLocation, TestResult } from "../../judge/types";
import type { ActiveRun } from "../store/run-slice";
import { useAppStore } from "../store/use-app-store";
import { TestResultItem } from "./TestResultItem";
import { VerdictBanner } from "./VerdictBanner";

export function ResultsPanel({ exerciseId, onReveal }: { exerciseId: string; onReveal(loc: SourceLocation): void }) {
  const run = useAppStore((s) => (s.run?.exerciseId === exerciseId && s.run.kind !== "custom" ? s.run : null));
  const result = useAppStore((s) => s.results[exerciseId]);
  const note = useAppStore((s) => s.runNotes[exerciseId]);

  if (run) {
    return (
      <div className="results">
        <RunProgress run={run} />
        <TestList tests={run.tests} onReveal={onReveal} />
      </div>
    );
  }
  if (note) return <div className="results"><p className="run-note" data-testid="run-status" role="status">{note}</p></div>;
  if (!result) {
    return (
      <div className="results results-empty">
        <p><strong>Run</strong> checks your code against the examples; <strong>Submit</strong> runs the hidden tests too.</p>
        <p className="muted">Each test shows its time, and a failure shows its input, the expected and actual output, and where they differ.</p>
      </div>
    );
  }
  return (
    <div className="results">
      <VerdictBanner result={result} onReveal={onReveal} />
      <TestList tests={result.tests} onReveal={onReveal} />
      <ConsoleOutput tests={result.tests} />
    </div>
  );
}

function RunProgress({ run }: { run: ActiveRun }) {
  const what = run.kind === "examples" ? "Running the examples" : "Running all tests";
  const failed = run.tests.filter((t) => t.status !== "passed" && t.status !== "skipped").length;
  return (
    <div className="run-progress" role="status" data-testid="run-status">
      <span className="spinner" aria-hidden />
      <span>{what}… {run.total ? `${run.done}/${run.total}` : ""}{failed ? ` · ${failed} failed` : ""}</span>
      {run.total ? <progress max={run.total} value={run.done} /> : <progress />}
    </div>
  );
}

function TestList({ tests, onReveal }: { tests: TestResult[]; onReveal(loc: SourceLocation): void }) {
  // Failures first, so the one to look at is right under the verdict.
  const ran = [...tests.filter((t) => t.status !== "skipped" && t.status !== "passed"), ...tests.filter((t) => t.status === "passed")];
  const skipped = tests.length - ran.length;
  const firstBad = ran[0] && ran[0].status !== "passed" ? 0 : -1;
  if (!tests.length) return null;
  return (
    <>
      <ol className="test-list">
        {ran.map((t, i) => <TestResultItem key={i} test={t} open={i === firstBad} onReveal={onReveal} />)}
      </ol>
      {skipped > 0 && <p className="muted skipped-note">{skipped} more {skipped === 1 ? "test was" : "tests were"} not run: the run ended before them.</p>}
    </>
  );
}

function ConsoleOutput({ tests }: { tests: TestResult[] }) {
  const printed = tests.filter((t) => t.logs && t.logs.length > 0);
  if (!printed.length) return null;
  return (
    <section className="console" aria-label="Console output">
      <h3>Console output</h3>
      <pre>{printed.map((t) => `── ${t.name}\n${t.logs!.join("\n")}`).join("\n")}</pre>
    </section>
  );
}
