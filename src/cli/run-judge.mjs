// `npm run judge`: runs the prebuilt judge (scripts/build-judge.mjs) on plain Node,
// building it first when its sources changed since the last build.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureJudgeBuild } from "../../scripts/build-judge.mjs";

let build;
try {
  build = await ensureJudgeBuild({
    onBuild: () => process.stderr.write("tensorkata: building the judge (its sources changed since the last run)...\n"),
  });
} catch (e) {
  process.stderr.write(`tensorkata judge: the build failed: ${e?.message ?? e}\n`);
  process.exit(1);
}
// The bundle reads its arguments from process.argv, which are this script's.
await import(pathToFileURL(join(build.dir, "judge.mjs")).href);
