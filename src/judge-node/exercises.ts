// Reads exercise folders from disk for the CLI, the tests and the benchmark.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExerciseChecks } from "../judge/kit";
import type { LoadedExercise } from "../judge/runner";
import type { ExerciseMeta } from "../judge/types";
import { prebuilt } from "./prebuilt";

export const EXERCISES_DIR = prebuilt?.exercisesDir ?? new URL("../../exercises/", import.meta.url).pathname;

/** The files every exercise folder has. */
export const EXERCISE_FILES = ["exercise.json", "statement.md", "starter.ts", "reference.ts", "checks.ts"] as const;

export function listExerciseIds(): string[] {
  return readdirSync(EXERCISES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXERCISES_DIR, d.name, "exercise.json")))
    .map((d) => d.name)
    .sort();
}

export function exerciseDir(id: string): string {
  return join(EXERCISES_DIR, id);
}

export function readMeta(id: string): ExerciseMeta {
  return JSON.parse(readFileSync(join(exerciseDir(id), "exercise.json"), "utf8")) as ExerciseMeta;
}

export function readExerciseFile(id: string, file: (typeof EXERCISE_FILES)[number]): string {
  return readFileSync(join(exerciseDir(id), file), "utf8");
}

export async function loadExercise(id: string): Promise<LoadedExercise> {
  const meta = readMeta(id);
  const dir = exerciseDir(id);
  // The prebuilt judge has them bundled; from the sources they are imported as .ts (tsx, vitest).
  const bundled = prebuilt?.exercises[id];
  const importModule = (file: "checks" | "reference") => (bundled ? bundled[file]() : import(pathToFileURL(join(dir, `${file}.ts`)).href));
  const checks = ((await importModule("checks")) as { default: ExerciseChecks }).default;
  const refModule = (await importModule("reference")) as Record<string, unknown>;
  const reference = refModule[meta.entry];
  if (typeof reference !== "function") throw new Error(`exercises/${id}/reference.ts does not export ${meta.entry}`);
  return { meta, checks, reference: reference as (...args: unknown[]) => unknown };
}
