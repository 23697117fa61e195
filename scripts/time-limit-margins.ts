// How safely each time-limit fixture misses its exercise's limit: judges it with a
// ten-minute budget and prints its total test time as a multiple of the real limit.
// A ratio near 1 means a faster machine could accept a solution that should time out.
// Usage: npm run -s margins [-- exercises/<id>/mutants/<file>.ts ...]  (default: every
// fixture that expects time-limit-exceeded, except those that never finish).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { judge } from "../src/judge/runner";
import { getExercise, nodeEnv } from "../src/judge-node/judge-node";

const EXERCISES = "exercises";

function timeLimitFixtures(): string[] {
  const out: string[] = [];
  for (const id of readdirSync(EXERCISES).sort()) {
    const dir = join(EXERCISES, id, "mutants");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const firstLine = readFileSync(join(dir, file), "utf8").split("\n", 1)[0] ?? "";
      // Infinite loops would use the whole ten minutes and say nothing about margins.
      if (/expect: time-limit-exceeded/.test(firstLine) && !/never gives up|infinite|forever/i.test(firstLine)) out.push(join(dir, file));
    }
  }
  return out;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : timeLimitFixtures();
console.log("fixture".padEnd(58), "limit ms".padStart(9), "user ms".padStart(9), "ratio".padStart(6), "  slowest test");
for (const file of files) {
  const id = file.split("/").at(-3)!;
  const ex = await getExercise(id);
  const unlimited = { ...ex, meta: { ...ex.meta, timeLimitMs: 600_000 } };
  const result = await judge(unlimited, readFileSync(file, "utf8"), nodeEnv, { mode: "submit" });
  const total = result.tests.reduce((sum, t) => sum + t.ms, 0);
  const slowest = [...result.tests].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    file.padEnd(58), String(ex.meta.timeLimitMs).padStart(9), total.toFixed(0).padStart(9),
    (total / ex.meta.timeLimitMs).toFixed(2).padStart(6), ` ${slowest?.name ?? "-"} (${slowest?.ms.toFixed(0) ?? 0} ms)`,
  );
}
process.exit(0);
