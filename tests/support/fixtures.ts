// Wrong solutions ("mutants") under exercises/<exercise-id>/mutants/: each file starts with
//   // expect: <verdict> — <what is wrong with it>
// and the suite checks that the judge gives exactly that verdict.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Verdict } from "../../src/judge/types";

const EXERCISES_DIR = new URL("../../exercises/", import.meta.url).pathname;

/** exercises/<id>/mutants/: one realistic wrong solution per file. */
export function mutantsDir(exercise: string): string {
  return join(EXERCISES_DIR, exercise, "mutants");
}

export interface Fixture {
  exercise: string;
  file: string;
  source: string;
  expect: Verdict;
  why: string;
}

const HEADER = /^\/\/\s*expect:\s*([a-z-]+)\s*(?:—|-)\s*(.+)$/m;

export function readFixture(exercise: string, file: string): Fixture {
  const source = readFileSync(join(mutantsDir(exercise), file), "utf8");
  const m = HEADER.exec(source.split("\n")[0] ?? "");
  if (!m) throw new Error(`exercises/${exercise}/mutants/${file}: first line must be "// expect: <verdict> — <why>"`);
  return { exercise, file, source, expect: m[1] as Verdict, why: m[2]! };
}

export function fixturesFor(exercise: string): Fixture[] {
  const dir = mutantsDir(exercise);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".ts")).sort().map((f) => readFixture(exercise, f));
}

/** exercises/<id>/accepted/: correct solutions written another way (plain loops, float64, tfjs ops, the textbook structure). */
export interface AcceptedSolution {
  exercise: string;
  file: string;
  source: string;
  approach: string;
}

const ACCEPTED_HEADER = /^\/\/\s*accepted\s*(?:—|-)\s*(.+)$/;

export function acceptedFor(exercise: string): AcceptedSolution[] {
  const dir = join(EXERCISES_DIR, exercise, "accepted");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".ts")).sort().map((file) => {
    const source = readFileSync(join(dir, file), "utf8");
    const m = ACCEPTED_HEADER.exec(source.split("\n")[0] ?? "");
    if (!m) throw new Error(`exercises/${exercise}/accepted/${file}: first line must be "// accepted — <approach>"`);
    return { exercise, file, source, approach: m[1]! };
  });
}
