// The visible examples, with the outputs the reference computes.
import { useEffect, useState } from "react";
import type { ExampleView } from "../../judge-browser/judge-client-types";
import { loadExamples } from "../judge/judge-session";

type Loaded = { state: "loading" } | { state: "ready"; examples: ExampleView[] } | { state: "failed"; message: string };

export function ExamplesList({ exerciseId }: { exerciseId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoaded({ state: "loading" });
    loadExamples(exerciseId).then(
      (examples) => live && setLoaded({ state: "ready", examples }),
      (e: Error) => live && setLoaded({ state: "failed", message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [exerciseId, attempt]);

  return (
    <section className="examples" aria-label="Examples">
      <h2>Examples</h2>
      {loaded.state === "loading" && <p className="muted">Computing the expected outputs…</p>}
      {loaded.state === "failed" && (
        <p className="notice notice-error">
          The examples could not be loaded: {loaded.message}{" "}
          <button type="button" className="link-button" onClick={() => setAttempt(attempt + 1)}>Try again</button>
        </p>
      )}
      {loaded.state === "ready" && loaded.examples.map((ex, i) => (
        <div className="example" key={i}>
          <h3>{ex.name}</h3>
          <div className="io">
            <span className="io-label">Input</span>
            <pre>{ex.input}</pre>
            <span className="io-label">Expected</span>
            <pre>{ex.expected}</pre>
          </div>
        </div>
      ))}
    </section>
  );
}
