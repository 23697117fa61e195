// One test's outcome; a failure opens to show input, expected vs got, where they
// differ, the smallest failing input found, and what the code printed.
import type { Mismatch, SourceLocation, TestResult, TestStatus } from "../../judge/types";
import { LocationLink } from "./LocationLink";

const STATUS: Record<TestStatus, { icon: string; text: string }> = {
  passed: { icon: "✓", text: "passed" },
  failed: { icon: "✗", text: "wrong answer" },
  error: { icon: "!", text: "runtime error" },
  timeout: { icon: "⏱", text: "time limit" },
  "out-of-memory": { icon: "▣", text: "memory limit" },
  skipped: { icon: "–", text: "not run" },
};

export function TestResultItem({ test, open, onReveal }: { test: TestResult; open: boolean; onReveal(loc: SourceLocation): void }) {
  const hasDetails = test.status !== "passed" && test.status !== "skipped" || (test.logs?.length ?? 0) > 0;
  const summary = (
    <>
      <span className={`test-icon test-${test.status}`} aria-hidden>{STATUS[test.status].icon}</span>
      <span className="test-name">{test.name}</span>
      {test.hidden && <span className="badge">hidden</span>}
      <span className={`test-status test-${test.status}`}>{STATUS[test.status].text}</span>
      <span className="test-ms">{test.status === "skipped" ? "" : `${formatMs(test.ms)}`}</span>
    </>
  );
  if (!hasDetails) return <li className={`test-item test-item-${test.status}`}><div className="test-summary">{summary}</div></li>;
  return (
    <li className={`test-item test-item-${test.status}`}>
      <details open={open}>
        <summary className="test-summary">{summary}</summary>
        <TestDetails test={test} onReveal={onReveal} />
      </details>
    </li>
  );
}

function TestDetails({ test, onReveal }: { test: TestResult; onReveal(loc: SourceLocation): void }) {
  return (
    <div className="test-details">
      {test.message && (
        <p className="test-message">
          {test.location ? <LocationLink location={test.location} onReveal={onReveal}>{test.message}</LocationLink> : test.message}
        </p>
      )}
      {test.input !== undefined && <Field label="Input" text={test.input} />}
      {(test.expected !== undefined || test.got !== undefined) && (
        <div className="compare">
          {test.expected !== undefined && <Field label="Expected" text={test.expected} />}
          {test.got !== undefined && <Field label="Got" text={test.got} />}
        </div>
      )}
      {test.mismatch && <MismatchFacts mismatch={test.mismatch} message={test.message} />}
      {test.shrunkInput && <Field label="Smallest failing input found" text={test.shrunkInput} />}
      {test.logs && test.logs.length > 0 && <Field label="Console" text={test.logs.join("\n")} />}
    </div>
  );
}

function MismatchFacts({ mismatch: m, message = "" }: { mismatch: Mismatch; message?: string }) {
  const facts: string[] = [];
  // The judge's message often names the first difference already: say it once.
  if (m.path && !message.includes(`at ${m.path}`)) facts.push(`First difference at ${m.path}${m.expected !== undefined || m.got !== undefined ? `: expected ${m.expected ?? "?"}, got ${m.got ?? "?"}` : ""}`);
  if (m.expectedShape || m.gotShape) facts.push(`Shape: expected [${m.expectedShape?.join(", ") ?? "?"}], got [${m.gotShape?.join(", ") ?? "?"}]`);
  if (m.maxAbsError !== undefined) facts.push(`Max absolute error ${formatError(m.maxAbsError)}${m.maxRelError !== undefined ? `, max relative error ${formatError(m.maxRelError)}` : ""}`);
  if (!facts.length) return null;
  return <ul className="mismatch">{facts.map((f) => <li key={f}>{f}</li>)}</ul>;
}

function Field({ label, text }: { label: string; text: string }) {
  return (
    <div className="field">
      <span className="io-label">{label}</span>
      <pre>{text}</pre>
    </div>
  );
}

const formatError = (x: number) => (Number.isFinite(x) ? x.toPrecision(3) : String(x));

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
}
