import { lazy, Suspense } from "react";
import type { OpenedExercise } from "../catalog";
import { DifficultyBadge } from "./DifficultyBadge";
import { ExamplesList } from "./ExamplesList";

const MarkdownStatement = lazy(() => import("./MarkdownStatement"));

export function StatementPane({ entry }: { entry: OpenedExercise }) {
  const { meta } = entry;
  return (
    <div className="statement-pane">
      <div className="statement-meta">
        <DifficultyBadge difficulty={meta.difficulty} />
        {meta.tags.map((t) => <span key={t} className="tag tag-static">{t}</span>)}
        <span className="muted">Suggested time {meta.minutes} min</span>
      </div>
      <Suspense fallback={<pre className="statement-raw">{entry.statement}</pre>}>
        <MarkdownStatement markdown={entry.statement} />
      </Suspense>
      <ExamplesList exerciseId={meta.id} />
    </div>
  );
}
