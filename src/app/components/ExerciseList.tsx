// The list of exercises with the user's state, filtered by tag, difficulty and name.
import { allTags, catalog, DIFFICULTIES, type CatalogEntry } from "../catalog";
import { filterExercises } from "../filter-exercises";
import { exerciseHash } from "../route";
import { statusOf, type ExerciseProgress, type ExerciseStatus } from "../store/progress-slice";
import { useAppStore } from "../store/use-app-store";
import { formatDuration } from "../timer";
import { DifficultyBadge } from "./DifficultyBadge";
import { ReleaseLine } from "../offline/UpdateBanner";
import type { Difficulty } from "../../judge/types";

const STATUS_TEXT: Record<ExerciseStatus, string> = { "not-started": "Not started", attempted: "Attempted", solved: "Solved" };

export function ExerciseList({ notice }: { notice?: string | null }) {
  const filters = useAppStore((s) => s.filters);
  const progress = useAppStore((s) => s.progress);
  const shown = filterExercises(catalog, filters);
  const solved = catalog.filter((e) => progress[e.meta.id]?.solved).length;
  return (
    <main className="list-page">
      <header className="list-header">
        <div>
          <h1>Exercises</h1>
          <p className="muted">{solved} of {catalog.length} solved. Pick one, write TypeScript, run it against the examples, then submit it to the hidden tests.</p>
        </div>
      </header>
      {notice && <p className="notice notice-error" role="alert">{notice}</p>}
      <ListFilterBar />
      <table className="exercise-table" data-testid="exercise-list">
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Difficulty</th>
            <th scope="col">Topics</th>
            <th scope="col" className="num">Suggested</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Best time</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => <ExerciseRow key={e.meta.id} entry={e} progress={progress[e.meta.id]} />)}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty">No exercise matches these filters.</p>}
      <ReleaseLine />
    </main>
  );
}

function ExerciseRow({ entry: { meta }, progress }: { entry: CatalogEntry; progress: ExerciseProgress | undefined }) {
  const status = statusOf(progress);
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <tr data-exercise={meta.id} data-status={status}>
      <td><a href={exerciseHash(meta.id)} className="exercise-link">{meta.title}</a></td>
      <td><DifficultyBadge difficulty={meta.difficulty} /></td>
      <td>
        <div className="tags">
          {meta.tags.map((t) => (
            <button type="button" key={t} className="tag" onClick={() => setFilters({ tag: t })} title={`Show only ${t}`}>{t}</button>
          ))}
        </div>
      </td>
      <td className="num">{meta.minutes} min</td>
      <td><span className={`status status-${status}`}>{STATUS_TEXT[status]}</span></td>
      <td className="num">{progress?.bestMs != null ? formatDuration(progress.bestMs) : "—"}</td>
    </tr>
  );
}

function ListFilterBar() {
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const any = filters.query || filters.tag || filters.difficulty;
  return (
    <div className="filters" role="search">
      <input
        type="search"
        placeholder="Search by name or topic"
        aria-label="Search exercises"
        value={filters.query}
        onChange={(e) => setFilters({ query: e.target.value })}
      />
      <select aria-label="Difficulty" value={filters.difficulty ?? ""} onChange={(e) => setFilters({ difficulty: (e.target.value || null) as Difficulty | null })}>
        <option value="">Any difficulty</option>
        {DIFFICULTIES.map((d) => <option key={d} value={d}>{d[0]!.toUpperCase() + d.slice(1)}</option>)}
      </select>
      <select aria-label="Topic" value={filters.tag ?? ""} onChange={(e) => setFilters({ tag: e.target.value || null })}>
        <option value="">Any topic</option>
        {allTags.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
      {any && <button type="button" className="link-button" onClick={() => setFilters({ query: "", tag: null, difficulty: null })}>Clear filters</button>}
    </div>
  );
}
