// The outcome of a run: one verdict word, tests passed out of total, and the
// message for the whole run (a compile error, the first failing test).
import type { JudgeResult, SourceLocation, Verdict } from "../../judge/types";
import { LocationLink } from "./LocationLink";

export const VERDICT_WORDS: Record<Verdict, string> = {
  accepted: "Accepted",
  "wrong-answer": "Wrong Answer",
  "runtime-error": "Runtime Error",
  "time-limit-exceeded": "Time Limit Exceeded",
  "memory-limit-exceeded": "Memory Limit Exceeded",
  "compile-error": "Compile Error",
};

/** Where the run failed: the run's own location, else the first failing test's. */
export function failureLocation(result: JudgeResult): SourceLocation | undefined {
  return result.location ?? result.tests.find((t) => t.location && t.status !== "passed")?.location;
}

export function VerdictBanner({ result, onReveal }: { result: JudgeResult; onReveal(loc: SourceLocation): void }) {
  const location = failureLocation(result);
  const examples = result.mode === "examples";
  return (
    <div className={`verdict-banner verdict-${result.verdict}`} role="status">
      <div className="verdict-line">
        <strong className="verdict-word" data-testid="verdict">{VERDICT_WORDS[result.verdict]}</strong>
        <span className="verdict-count">
          <span data-testid="tests-passed">{result.passed}/{result.total}</span> {examples ? "examples" : "tests"} passed
        </span>
        <span className="verdict-mode">{examples ? "Run · examples" : "Submit · all tests"}</span>
      </div>
      {result.message && (
        <p className="verdict-message">
          {location ? <LocationLink location={location} onReveal={onReveal}>{result.message}</LocationLink> : result.message}
        </p>
      )}
      {result.verdict === "accepted" && (
        <p className="verdict-message">{examples ? "Every example passes. Submit to run the hidden tests." : "Every hidden test passes."}</p>
      )}
      {result.timings.totalMs > 0 && ( // a run recorded after the page died has no timings
        <p className="verdict-meta muted" data-testid="run-timings" data-total-ms={result.timings.totalMs} data-user-ms={result.timings.userMs}>
          {result.timings.totalMs.toFixed(0)} ms
          {result.timings.userMs !== undefined && ` · your code ${result.timings.userMs.toFixed(0)} ms`}
          {result.backend !== "none" ? ` · tfjs backend: ${result.backend}` : ""}
        </p>
      )}
    </div>
  );
}
