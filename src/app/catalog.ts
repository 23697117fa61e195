// The exercises, bundled from /exercises by Vite: adding a folder needs no change here.
// The list needs only the metadata; an exercise's statement and starter load when it
// opens. Checks and references never come to the page (they live in the judge worker).
import type { Difficulty, ExerciseMeta } from "../judge/types";

export interface CatalogEntry {
  meta: ExerciseMeta;
  /** The statement and starter code, loaded on first use. */
  texts(): Promise<ExerciseTexts>;
}

export interface ExerciseTexts {
  /** The statement as HTML, rendered from its Markdown when the app was built. */
  statementHtml: string;
  starter: string;
}

/** An exercise with its texts loaded, as the exercise page uses it. */
export interface OpenedExercise extends ExerciseTexts {
  meta: ExerciseMeta;
}

type Load = () => Promise<string>;

const metas = import.meta.glob<ExerciseMeta>("/exercises/*/exercise.json", { eager: true, import: "default" });
const statements = import.meta.glob<string>("/exercises/*/statement.md", { query: "?html", import: "default" });
const starters = import.meta.glob<string>("/exercises/*/starter.ts", { query: "?raw", import: "default" });

export const DIFFICULTIES: Difficulty[] = ["easy", "medium", "hard"];

function isUsable(meta: unknown): meta is ExerciseMeta {
  const m = meta as Partial<ExerciseMeta> | undefined;
  return typeof m?.id === "string" && typeof m.title === "string" && DIFFICULTIES.includes(m.difficulty as Difficulty) && typeof m.entry === "string";
}

/** Builds the catalog from the globbed files; a half-written folder is left out, not fatal. */
export function buildCatalog(metaFiles: Record<string, unknown>, statementFiles: Record<string, Load>, starterFiles: Record<string, Load>): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const [path, meta] of Object.entries(metaFiles)) {
    const dir = path.slice(0, path.lastIndexOf("/") + 1);
    const loadStatement = statementFiles[`${dir}statement.md`];
    const loadStarter = starterFiles[`${dir}starter.ts`];
    if (!isUsable(meta) || !loadStatement || !loadStarter) continue;
    let texts: Promise<ExerciseTexts> | null = null;
    entries.push({
      meta: { ...meta, tags: Array.isArray(meta.tags) ? meta.tags : [], minutes: Number(meta.minutes) > 0 ? meta.minutes : 30 },
      texts: () => {
        texts ??= Promise.all([loadStatement(), loadStarter()]).then(([statementHtml, starter]) => ({ statementHtml, starter }));
        texts.catch(() => (texts = null));
        return texts;
      },
    });
  }
  const rank = (d: Difficulty) => DIFFICULTIES.indexOf(d);
  return entries.sort((a, b) => rank(a.meta.difficulty) - rank(b.meta.difficulty) || a.meta.title.localeCompare(b.meta.title));
}

export const catalog: CatalogEntry[] = buildCatalog(metas, statements, starters);

const byId = new Map(catalog.map((e) => [e.meta.id, e]));

export function findExercise(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

export const allTags: string[] = [...new Set(catalog.flatMap((e) => e.meta.tags))].sort();
