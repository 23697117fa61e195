// Filtering the exercise list: a tag, a difficulty, and words to find in the title,
// id or tags (every word must match, in any order, ignoring case and accents).
import type { ExerciseMeta } from "../judge/types";
import type { ListFilters } from "./store/ui-slice";

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export function matchesFilters(meta: ExerciseMeta, filters: ListFilters): boolean {
  if (filters.difficulty && meta.difficulty !== filters.difficulty) return false;
  if (filters.tag && !meta.tags.includes(filters.tag)) return false;
  const words = fold(filters.query).split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return true;
  // With and without hyphens, so "depth-first", "depth first" and "k-means" all match.
  const text = fold([meta.title, meta.id, ...meta.tags].join(" "));
  const haystack = `${text} ${text.replace(/-/g, " ")}`;
  return words.every((w) => haystack.includes(w));
}

export function filterExercises<T extends { meta: ExerciseMeta }>(entries: T[], filters: ListFilters): T[] {
  return entries.filter((e) => matchesFilters(e.meta, filters));
}
