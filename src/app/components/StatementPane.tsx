import "katex/dist/katex.min.css";
import type { OpenedExercise } from "../catalog";
import { DifficultyBadge } from "./DifficultyBadge";
import { ExamplesList } from "./ExamplesList";

export function StatementPane({ entry }: { entry: OpenedExercise }) {
  const { meta } = entry;
  return (
    <div className="statement-pane">
      <div className="statement-meta">
        <DifficultyBadge difficulty={meta.difficulty} />
        {meta.tags.map((t) => <span key={t} className="tag tag-static">{t}</span>)}
        <span className="muted">Suggested time {meta.minutes} min</span>
      </div>
      {/* The project's own statements, rendered to HTML at build time (src/app/statement/). */}
      <div className="statement markdown" dangerouslySetInnerHTML={{ __html: entry.statementHtml }} />
      <ExamplesList exerciseId={meta.id} />
    </div>
  );
}
