// What the prebuilt judge (scripts/build-judge.mjs) knows that the sources cannot: where
// its bundled sandbox entry lies and how to import each exercise's bundled modules. The
// build replaces this module with a generated one; run from the sources (tsx, vitest)
// it is null, and the sandbox and the exercises are loaded from their .ts files.

export interface PrebuiltExercise {
  checks(): Promise<unknown>;
  reference(): Promise<unknown>;
}

export interface Prebuilt {
  /** The bundled sandbox process entry (sandbox-worker.ts), run by plain Node. */
  sandboxEntry: URL;
  /** The exercises folder the bundle was built from (exercise.json is read from disk). */
  exercisesDir: string;
  /** Where the tfjs backend measured by an earlier run is kept (src/judge-node/load-tf.ts). */
  savedBackendFile: string;
  /** Per exercise id, its checks.ts and reference.ts as bundled modules, loaded on demand. */
  exercises: Record<string, PrebuiltExercise>;
}

export const prebuilt = null as Prebuilt | null;
