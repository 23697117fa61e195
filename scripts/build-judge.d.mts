// Types for scripts/build-judge.mjs (plain JavaScript so it runs before anything compiles TypeScript).
export declare const ROOT: string;
export declare const BUILD_DIR_NAME: string;
/** Every file the prebuilt judge is made from, relative to `root`, sorted. */
export declare function fingerprintInputs(root?: string): string[];
/** A hash of the names and contents of every input: equal hashes, equal builds. */
export declare function fingerprint(root?: string): string;
/** The folder of an up-to-date build of the judge under `root`, building it first when stale. */
export declare function ensureJudgeBuild(options?: { root?: string; onBuild?: () => void }): Promise<{ dir: string; built: boolean }>;
