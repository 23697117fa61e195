// Runs the exercise suite (folder complete, reference accepted, starter and every mutant
// rejected) for the named exercises only: npm run -s check:exercises -- dfs kmeans
import { spawnSync } from "node:child_process";

const ids = process.argv.slice(2);
if (ids.length === 0 || ids.some((id) => !/^[a-z0-9-]+$/.test(id))) {
  console.error("usage: npm run -s check:exercises -- <exercise-id> [<exercise-id> ...]");
  process.exit(2);
}
const pattern = `^exercise (${ids.join("|")}) `;
const r = spawnSync("npx", ["vitest", "run", "tests/exercises-1.test.ts", "tests/exercises-2.test.ts", "-t", pattern], { stdio: "inherit" });
process.exit(r.status ?? 1);
