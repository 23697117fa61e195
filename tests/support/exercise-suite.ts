// The per-exercise checks every exercise folder must pass, through the same judge the
// browser uses: complete folder, reference accepted, starter and every wrong fixture rejected.
import { describe, expect, it } from "vitest";
import { EXERCISE_FILES, listExerciseIds, readExerciseFile, readMeta } from "../../src/judge-node/exercises";
import { getExercise, judgeInNode } from "../../src/judge-node/judge-node";
import { plannedCases } from "../../src/judge/runner";
import { acceptedFor, fixturesFor } from "./fixtures";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { exerciseDir } from "../../src/judge-node/exercises";

const DIFFICULTIES = ["easy", "medium", "hard"];

export function describeExercise(id: string): void {
  describe(`exercise ${id}`, () => {
    it("has a complete folder and valid metadata", async () => {
      for (const f of EXERCISE_FILES) expect(existsSync(join(exerciseDir(id), f)), `exercises/${id}/${f}`).toBe(true);
      const meta = readMeta(id);
      expect(meta.id).toBe(id);
      expect(meta.title.length).toBeGreaterThan(3);
      expect(DIFFICULTIES).toContain(meta.difficulty);
      expect(meta.tags.length).toBeGreaterThan(0);
      expect(meta.minutes).toBeGreaterThanOrEqual(5);
      expect(meta.timeLimitMs).toBeGreaterThanOrEqual(1000);
      expect(meta.entry).toMatch(/^[A-Za-z_$][\w$]*$/);
      if (meta.memoryLimitMb !== undefined) {
        expect(Number.isInteger(meta.memoryLimitMb) && meta.memoryLimitMb >= 64 && meta.memoryLimitMb <= 4096, "memoryLimitMb: an integer, 64 to 4096").toBe(true);
      }
      expect(readExerciseFile(id, "starter.ts")).toContain(`export function ${meta.entry}`);
      expect(readExerciseFile(id, "statement.md").length).toBeGreaterThan(200);
      const ex = await getExercise(id);
      expect(ex.checks.examples.length, "at least two visible examples").toBeGreaterThanOrEqual(2);
      const { cases } = plannedCases(ex, "submit");
      expect(cases.length - ex.checks.examples.length, "hidden tests").toBeGreaterThanOrEqual(5);
      const names = cases.map((c) => c.name);
      expect(new Set(names).size, "test names are unique").toBe(names.length);
    });

    it("accepts the reference solution", async () => {
      const r = await judgeInNode(id, readExerciseFile(id, "reference.ts"), { mode: "submit" });
      const failures = r.tests.filter((t) => t.status !== "passed").map((t) => `${t.name}: ${t.message}`);
      expect(failures, r.message).toEqual([]);
      expect(r.verdict).toBe("accepted");
    });

    it("rejects the starter", async () => {
      const r = await judgeInNode(id, readExerciseFile(id, "starter.ts"), { mode: "submit" });
      expect(r.verdict).not.toBe("accepted");
    });

    for (const alt of acceptedFor(id)) {
      it(`accepts accepted/${alt.file} (${alt.approach})`, async () => {
        const r = await judgeInNode(id, alt.source, { mode: "submit" });
        const failures = r.tests.filter((t) => t.status !== "passed").map((t) => `${t.name}: ${t.message}`);
        expect(failures, r.message).toEqual([]);
        expect(r.verdict).toBe("accepted");
      });
    }

    const fixtures = fixturesFor(id);
    for (const fx of fixtures) {
      it(`rejects ${fx.file} with ${fx.expect} (${fx.why})`, async () => {
        const r = await judgeInNode(id, fx.source, { mode: "submit" });
        expect(r.verdict, r.message).toBe(fx.expect);
        const bad = r.tests.find((t) => t.status !== "passed" && t.status !== "skipped");
        if (fx.expect !== "compile-error") expect(bad?.message, "the failing test explains itself").toBeTruthy();
      });
    }
  });
}

/** Splits the exercise ids into `parts` groups, so test files can run them in parallel. */
export function exerciseShard(part: number, parts: number): string[] {
  return listExerciseIds().filter((_, i) => i % parts === part);
}
