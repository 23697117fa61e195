// Exercise folders as the judge worker sees them: bundled by Vite from /exercises,
// checks and references loaded on first use. Adding a folder needs no change here.
import type { ExerciseChecks } from "../judge/kit";
import type { LoadedExercise } from "../judge/runner";
import type { ExerciseMeta } from "../judge/types";

const metas = import.meta.glob<ExerciseMeta>("/exercises/*/exercise.json", { eager: true, import: "default" });
const checksModules = import.meta.glob<{ default: ExerciseChecks }>("/exercises/*/checks.ts");
const referenceModules = import.meta.glob<Record<string, unknown>>("/exercises/*/reference.ts");

const loaded = new Map<string, Promise<LoadedExercise>>();

async function load(id: string): Promise<LoadedExercise> {
  const base = `/exercises/${id}/`;
  const meta = metas[`${base}exercise.json`];
  const loadChecks = checksModules[`${base}checks.ts`];
  const loadReference = referenceModules[`${base}reference.ts`];
  if (!meta || !loadChecks || !loadReference) throw new Error(`Unknown exercise "${id}".`);
  const [checks, reference] = await Promise.all([loadChecks(), loadReference()]);
  const entry = reference[meta.entry];
  if (typeof entry !== "function") throw new Error(`Exercise "${id}" has no reference ${meta.entry}.`);
  return { meta, checks: checks.default, reference: entry as (...args: unknown[]) => unknown };
}

export function getBrowserExercise(id: string): Promise<LoadedExercise> {
  let p = loaded.get(id);
  if (!p) {
    p = load(id);
    p.catch(() => loaded.delete(id));
    loaded.set(id, p);
  }
  return p;
}
