// The prebuilt command-line judge: src/cli/judge.ts, the sandbox process entry and every
// exercise's checks.ts and reference.ts bundled by esbuild into .judge-build/<fingerprint>/,
// so `npm run judge` starts on plain Node instead of compiling TypeScript through tsx on
// every run. The folder is named by a hash of the sources it was built from; a run whose
// sources hash to a folder that exists uses it as it is, otherwise it builds one first.
// Builds go to a temporary folder renamed into place, so judges started together on
// changed sources each get a whole build (whichever rename lands first is kept).
//   node scripts/build-judge.mjs        builds if stale and prints the build's folder
// Plain JavaScript on purpose: it runs before anything could compile TypeScript.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BUILD_DIR_NAME = ".judge-build";
/** Folders whose every file goes into the fingerprint (relative to the root). */
const SOURCE_DIRS = ["src/judge", "src/judge-node", "src/cli"];
/** Single files that change what the bundle contains or how it is built. */
const SOURCE_FILES = ["package-lock.json", "tsconfig.json", "scripts/build-judge.mjs"];
/** Inside an exercise folder: solutions to judge and prose, never part of the judge itself. */
const EXERCISE_SKIPPED_DIRS = new Set(["mutants", "accepted"]);
const EXERCISE_SKIPPED_FILE = /\.md$/;
/** Builds are named by their fingerprint; interrupted ones leave tmp-<pid>-<random>. */
const BUILD_OR_TEMP = /^([0-9a-f]{20}|tmp-\d+-[0-9a-z]+)$/;
/** A build not used for this long is removed when another build is made. */
const UNUSED_BUILD_MS = 60 * 60 * 1000;

function walk(dir, skipDir, skipFile, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out; // a folder that is not there contributes nothing
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(e.name)) walk(path, () => false, skipFile, out);
    } else if (e.isFile() && !skipFile(e.name)) out.push(path);
  }
  return out;
}

/** Every file the prebuilt judge is made from, relative to `root`, sorted. */
export function fingerprintInputs(root = ROOT) {
  const files = [];
  for (const d of SOURCE_DIRS) walk(join(root, d), () => false, () => false, files);
  for (const f of SOURCE_FILES) if (existsSync(join(root, f))) files.push(join(root, f));
  let ids = [];
  try {
    ids = readdirSync(join(root, "exercises"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    /* no exercises folder: nothing to bundle */
  }
  for (const id of ids) walk(join(root, "exercises", id), (name) => EXERCISE_SKIPPED_DIRS.has(name), (name) => EXERCISE_SKIPPED_FILE.test(name), files);
  return files.map((f) => relative(root, f).split(sep).join("/")).sort();
}

/** A hash of the names and contents of every input: equal hashes, equal builds. */
export function fingerprint(root = ROOT) {
  const hash = createHash("sha256");
  for (const file of fingerprintInputs(root)) {
    hash.update(file);
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 20);
}

/** The exercises the bundle knows: folders of exercises/ that have an exercise.json. */
function exerciseIds(root) {
  const dir = join(root, "exercises");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "exercise.json")))
    .map((d) => d.name)
    .sort();
}

/**
 * The module that stands in for src/judge-node/prebuilt.ts in the bundle. Every output
 * file lies directly in .judge-build/<fingerprint>/, two levels below the root, which
 * the relative URLs below rely on.
 */
function prebuiltModule(root) {
  const lines = [
    `export const prebuilt = {`,
    `  sandboxEntry: new URL("./sandbox-worker.mjs", import.meta.url),`,
    `  exercisesDir: new URL("../../exercises/", import.meta.url).pathname,`,
    // Beside the builds, not in one: the measurement outlives rebuilds.
    `  savedBackendFile: new URL("../tfjs-backend.json", import.meta.url).pathname,`,
    `  exercises: {`,
  ];
  for (const id of exerciseIds(root)) {
    const file = (name) => JSON.stringify(join(root, "exercises", id, name));
    lines.push(`    ${JSON.stringify(id)}: { checks: () => import(${file("checks.ts")}), reference: () => import(${file("reference.ts")}) },`);
  }
  lines.push(`  },`, `};`, ``);
  return lines.join("\n");
}

/** Builds the bundle into `outDir` (which must not exist yet) with esbuild. */
async function bundle(root, outDir, id) {
  const esbuild = await import("esbuild");
  const prebuiltPath = join(root, "src/judge-node/prebuilt.ts");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { judge: join(root, "src/cli/judge.ts"), "sandbox-worker": join(root, "src/judge-node/sandbox-worker.ts") },
    outdir: outDir,
    bundle: true,
    splitting: true, // the CLI, the sandbox and each exercise share one copy of the judge core
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    // tfjs stays in node_modules: it finds its WASM binary beside its own files, and it is
    // loaded only by the processes and exercises that use it.
    external: ["@tensorflow/*"],
    // Bundled CommonJS code may call require() for Node's own modules.
    banner: { js: `import { createRequire as __tkCreateRequire } from "node:module"; const require = __tkCreateRequire(import.meta.url);` },
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "tensorkata-prebuilt",
        setup(build) {
          build.onResolve({ filter: /(^|\/)prebuilt$/ }, (args) => {
            const path = resolve(args.resolveDir, args.path);
            return path === prebuiltPath.replace(/\.ts$/, "") ? { path: prebuiltPath, namespace: "tensorkata-prebuilt" } : undefined;
          });
          build.onLoad({ filter: /.*/, namespace: "tensorkata-prebuilt" }, () => ({ contents: prebuiltModule(root), loader: "js", resolveDir: root }));
        },
      },
      {
        // An exercise's `import * as tf from "@tensorflow/tfjs"` becomes a require() of the
        // package: tfjs ships CommonJS for Node, and importing that from ESM makes Node scan
        // every package it re-exports for export names (~250 ms), which require() skips.
        // It is the same module either way (see src/judge-node/load-tf.ts).
        name: "tensorkata-tfjs-require",
        setup(build) {
          build.onResolve({ filter: /^@tensorflow\// }, (args) =>
            args.namespace === "tensorkata-tfjs" || args.kind === "require-call"
              ? { path: args.path, external: true }
              : { path: args.path, namespace: "tensorkata-tfjs" });
          build.onLoad({ filter: /.*/, namespace: "tensorkata-tfjs" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" }));
        },
      },
    ],
  });
  // The fingerprint must cover everything the bundle was made from, or an edit to a file
  // it misses would leave a stale judge in use.
  const watched = new Set(fingerprintInputs(root));
  const unwatched = Object.keys(result.metafile.inputs)
    .filter((p) => !/^tensorkata-[a-z]+:/.test(p) && !p.split("/").includes("node_modules"))
    .map((p) => relative(root, resolve(root, p)).split(sep).join("/"))
    .filter((p) => !watched.has(p));
  if (unwatched.length) throw new Error(`the judge bundle reads files the staleness check does not watch: ${unwatched.join(", ")}`);
  writeFileSync(join(outDir, "build.json"), `${JSON.stringify({ fingerprint: id, builtAt: new Date().toISOString(), inputs: fingerprintInputs(root) }, null, 1)}\n`);
}

/** Removes builds nobody has used for an hour and temporary folders left by killed builds. */
function removeUnusedBuilds(buildRoot, keep) {
  const now = Date.now();
  for (const name of readdirSync(buildRoot)) {
    if (name === keep || !BUILD_OR_TEMP.test(name)) continue;
    const path = join(buildRoot, name);
    try {
      if (now - statSync(path).mtimeMs > UNUSED_BUILD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      /* another judge removed it first */
    }
  }
}

/**
 * The folder of an up-to-date build of the judge under `root`, building it first when the
 * sources changed since the last build. `onBuild` is told before a build starts.
 */
export async function ensureJudgeBuild({ root = ROOT, onBuild } = {}) {
  const id = fingerprint(root);
  const buildRoot = join(root, BUILD_DIR_NAME);
  const dir = join(buildRoot, id);
  if (existsSync(join(dir, "build.json"))) {
    try {
      const t = new Date();
      utimesSync(dir, t, t); // in use: not to be removed as unused
    } catch {
      /* read-only checkout: the build is still good */
    }
    return { dir, built: false };
  }
  onBuild?.();
  mkdirSync(buildRoot, { recursive: true });
  const tmp = join(buildRoot, `tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    await bundle(root, tmp, id);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another judge built the same sources at the same time and renamed first: use its build.
      if (!existsSync(join(dir, "build.json"))) throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  removeUnusedBuilds(buildRoot, id);
  return { dir, built: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, built } = await ensureJudgeBuild();
  process.stdout.write(`${built ? "built" : "up to date"}: ${relative(process.cwd(), dir) || "."}\n`);
}
