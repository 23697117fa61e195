// Run the code on an input of the user's own, beside the reference's output.
import { useEffect, useState } from "react";
import type { CustomRunResult, SourceLocation } from "../../judge/types";
import { exampleInputAsJson } from "../custom-input-prefill";
import { loadExamples } from "../judge/judge-session";
import { useAppStore } from "../store/use-app-store";
import { LocationLink } from "./LocationLink";
import { formatMs } from "./TestResultItem";

interface CustomInputPanelProps {
  exerciseId: string;
  paramNames: string[];
  running: boolean;
  onRunCustom(input: string): void;
  onReveal(loc: SourceLocation): void;
}

export function CustomInputPanel({ exerciseId, paramNames, running, onRunCustom, onReveal }: CustomInputPanelProps) {
  const saved = useAppStore((s) => s.customInputs[exerciseId]);
  const setCustomInput = useAppStore((s) => s.setCustomInput);
  const result = useAppStore((s) => s.customResults[exerciseId]);
  const thisRunning = useAppStore((s) => s.run?.exerciseId === exerciseId && s.run.kind === "custom");
  const note = useAppStore((s) => s.runNotes[exerciseId]);
  const [prefill, setPrefill] = useState<string | null>(null);

  // Start from the first example, as JSON, until the user writes their own.
  useEffect(() => {
    if (saved !== undefined) return;
    let live = true;
    loadExamples(exerciseId).then((ex) => live && setPrefill(ex[0] ? exampleInputAsJson(ex[0].input) : null), () => {});
    return () => {
      live = false;
    };
  }, [exerciseId, saved]);
  const input = saved ?? prefill ?? "";

  return (
    <div className="custom-input">
      <label htmlFor="custom-input-text" className="custom-label">
        Your input: a JSON array of arguments, or an object keyed by {paramNames.length ? paramNames.join(", ") : "parameter name"}
      </label>
      <textarea
        id="custom-input-text"
        spellCheck={false}
        value={input}
        placeholder={`{ ${paramNames.map((p) => `"${p}": …`).join(", ")} }`}
        onChange={(e) => setCustomInput(exerciseId, e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !running) {
            e.preventDefault();
            e.stopPropagation();
            onRunCustom(input);
          }
        }}
      />
      <div className="custom-actions">
        <button type="button" className="primary" disabled={running || !input.trim()} onClick={() => onRunCustom(input)}>
          Run on this input
        </button>
        {thisRunning && <span className="muted"><span className="spinner" aria-hidden /> Running…</span>}
      </div>
      {!thisRunning && note && !result && <p className="run-note">{note}</p>}
      {!thisRunning && result && <CustomResult result={result} onReveal={onReveal} />}
    </div>
  );
}

const OUTCOME: Record<string, string> = {
  passed: "Your output matches the reference.",
  failed: "Your output differs from the reference.",
  error: "Your code threw an error.",
  timeout: "Your code ran past the time limit.",
  "out-of-memory": "Your code ran out of memory.",
};

function CustomResult({ result: r, onReveal }: { result: CustomRunResult; onReveal(loc: SourceLocation): void }) {
  const message = r.ok ? r.verdictMessage : r.message;
  return (
    <div className={`custom-result custom-${r.ok ? r.status : "invalid"}`}>
      {r.ok && r.status && <p className="custom-outcome"><strong>{OUTCOME[r.status] ?? r.status}</strong>{r.ms !== undefined && <span className="muted"> · {formatMs(r.ms)}</span>}</p>}
      {message && (
        <p className={r.ok ? "test-message" : "notice notice-error"}>
          {r.location ? <LocationLink location={r.location} onReveal={onReveal}>{message}</LocationLink> : message}
        </p>
      )}
      {(r.got !== undefined || r.expected !== undefined) && (
        <div className="compare">
          <div className="field"><span className="io-label">Your output</span><pre>{r.got ?? "—"}</pre></div>
          <div className="field"><span className="io-label">Reference output</span><pre>{r.expected ?? "—"}</pre></div>
        </div>
      )}
      {r.logs && r.logs.length > 0 && <div className="field"><span className="io-label">Console</span><pre>{r.logs.join("\n")}</pre></div>}
    </div>
  );
}
