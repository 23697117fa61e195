// What runs inside the sandbox worker: it evaluates the user's compiled module and
// calls its entry function on inputs it is sent. It never sees expected values or the
// checks, so whatever the user's code tampers with here (globals, prototypes, the
// message port) can only spoil its own outputs, which the checker compares elsewhere.
import type { SourceLocation, Value } from "./types";
import { fromLive, toLive, type TfLike } from "./tf-values";
import { fingerprint, firstDifference } from "./values";

export type LoadOutcome =
  | { ok: true; logs: string[] }
  | { ok: false; kind: "compile" | "runtime"; message: string; location?: SourceLocation; logs: string[] };

export type CallOutcome =
  | { ok: true; value: Value; ms: number; logs: string[]; mutated?: { arg: number; path?: string; after?: Value } }
  | { ok: false; message: string; location?: SourceLocation; ms: number; logs: string[] };

const SOURCE_URL = "tensorkata-solution.ts";
const MAX_LOG_LINES = 200;
const MAX_LOG_CHARS = 20_000;

// Captured before user code runs, so later tampering with globals cannot reach them.
const now = performance.now.bind(performance);
const ErrorCtor = Error;

/** Lines the engine puts before the body of `new Function(...)`, measured, not assumed. */
const FUNCTION_LINE_OFFSET: number = (() => {
  try {
    new Function(`throw new Error("probe")\n//# sourceURL=probe-offset.js`)();
  } catch (e) {
    const m = /probe-offset\.js:(\d+)/.exec(String((e as Error).stack));
    if (m) return Number(m[1]) - 1;
  }
  return 2;
})();

export function locateInSource(error: unknown): SourceLocation | undefined {
  const stack = typeof error === "object" && error !== null ? String((error as { stack?: unknown }).stack ?? "") : "";
  const m = new RegExp(`${SOURCE_URL.replace(".", "\\.")}:(\\d+):(\\d+)`).exec(stack);
  if (!m) return undefined;
  const line = Number(m[1]) - FUNCTION_LINE_OFFSET;
  return line >= 1 ? { line, column: Number(m[2]) } : undefined;
}

function formatThrown(e: unknown): string {
  if (e instanceof ErrorCtor || (typeof e === "object" && e !== null && "message" in e && "name" in e)) {
    const err = e as Error;
    let text = `${err.name}: ${err.message}`;
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      text += " (recursion too deep: use an explicit stack instead of recursion)";
    }
    return text;
  }
  let shown: string;
  try {
    shown = typeof e === "string" ? JSON.stringify(e) : String(e);
  } catch {
    shown = "a value that cannot be printed";
  }
  return `Your code threw ${shown} (${e === null ? "null" : typeof e}), not an Error.`;
}

function stringifyArg(a: unknown): string {
  if (typeof a === "string") return a;
  try {
    if (typeof a === "object" && a !== null && "shape" in a && "dataSync" in a) {
      const t = a as unknown as { shape: number[]; dtype: string };
      return `Tensor(${t.dtype} [${t.shape.join(", ")}])`;
    }
    const s = JSON.stringify(a, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    return s === undefined ? String(a) : s;
  } catch {
    return String(a);
  }
}

class LogCollector {
  lines: string[] = [];
  private chars = 0;
  private dropped = 0;
  push(level: string, args: unknown[]): void {
    if (this.lines.length >= MAX_LOG_LINES || this.chars >= MAX_LOG_CHARS) {
      this.dropped++;
      return;
    }
    let text = args.map(stringifyArg).join(" ");
    if (level !== "log") text = `[${level}] ${text}`;
    if (text.length > 2000) text = text.slice(0, 2000) + "…";
    this.chars += text.length;
    this.lines.push(text);
  }
  take(): string[] {
    const out = this.lines;
    if (this.dropped > 0) out.push(`… ${this.dropped} more lines not shown`);
    this.lines = [];
    this.chars = 0;
    this.dropped = 0;
    return out;
  }
}

export interface SandboxPlatform {
  /** Loads tfjs on the given backend and returns the module. */
  loadTf(backend: string): Promise<TfLike & Record<string, unknown>>;
  /** Takes away what user code must not reach here; runs after the user's module is compiled, before it runs. */
  lockDown?(): void;
}

export function createSandboxApi(platform: SandboxPlatform) {
  let entryFn: ((...args: unknown[]) => unknown) | null = null;
  let tf: (TfLike & Record<string, unknown>) | null = null;
  let tfLoading: Promise<TfLike & Record<string, unknown>> | null = null;
  const logs = new LogCollector();
  const userConsole = Object.freeze({
    log: (...a: unknown[]) => logs.push("log", a),
    info: (...a: unknown[]) => logs.push("info", a),
    debug: (...a: unknown[]) => logs.push("debug", a),
    warn: (...a: unknown[]) => logs.push("warn", a),
    error: (...a: unknown[]) => logs.push("error", a),
    table: (...a: unknown[]) => logs.push("table", a),
  });

  return {
    /** Loads tfjs when the exercise or the code needs it; not counted against the user's time. */
    async prepare(needsTf: boolean, backend: string): Promise<string> {
      if (needsTf) {
        // A standby may already be loading tfjs when the run asks for it: share that load.
        tfLoading ??= platform.loadTf(backend);
        tf = await tfLoading;
      }
      return tf ? tf.getBackend() : "none";
    },

    /** Evaluates the compiled module and finds its entry function. */
    async load(js: string, entry: string): Promise<LoadOutcome> {
      // Code that reaches for the global console still ends up in the user's log.
      (globalThis as unknown as { console: unknown }).console = userConsole;
      const requireModule = (spec: string): unknown => {
        if (spec === "@tensorflow/tfjs" && tf) return tf;
        throw new ErrorCtor(`Cannot import "${spec}": the only module available is "@tensorflow/tfjs".`);
      };
      const module = { exports: {} as Record<string, unknown> };
      try {
        const factory = new Function("require", "exports", "module", "console", `${js}\n//# sourceURL=${SOURCE_URL}`);
        platform.lockDown?.();
        factory(requireModule, module.exports, module, userConsole);
      } catch (e) {
        const isSyntax = e instanceof SyntaxError;
        return {
          ok: false,
          kind: isSyntax ? "compile" : "runtime",
          message: isSyntax ? `Syntax error: ${(e as Error).message}` : `While loading your code: ${formatThrown(e)}`,
          location: locateInSource(e),
          logs: logs.take(),
        };
      }
      const fn = module.exports[entry];
      if (typeof fn !== "function") {
        const names = Object.keys(module.exports).filter((k) => k !== "__esModule");
        return {
          ok: false,
          kind: "compile",
          message: `Your code must export a function named "${entry}" (export function ${entry}(...) { ... }).` +
            (names.length ? ` It exports: ${names.join(", ")}.` : " It exports nothing."),
          logs: logs.take(),
        };
      }
      entryFn = fn as (...args: unknown[]) => unknown;
      return { ok: true, logs: logs.take() };
    },

    /** Calls the entry function once; reports the value as plain data, or the error. */
    async call(args: Value[]): Promise<CallOutcome> {
      if (!entryFn) return { ok: false, message: "No code is loaded.", ms: 0, logs: [] };
      const scoped = tf !== null;
      if (scoped) tf!.engine().startScope();
      let t0 = now();
      try {
        // `args` arrived by structured clone, so it is this worker's own copy. With tfjs,
        // toLive builds fresh containers and `args` stays pristine; without, fingerprints
        // taken before and after the call tell whether user code changed its inputs.
        const live = tf ? args.map((a) => toLive(tf, a)) : args;
        const before = tf ? null : args.map(fingerprint);
        t0 = now();
        let result = entryFn(...live);
        if (result !== null && typeof result === "object" && typeof (result as { then?: unknown }).then === "function") {
          result = await result;
        }
        const ms = now() - t0;
        const value = fromLive(tf, result);
        let mutated: { arg: number; path?: string; after?: Value } | undefined;
        for (let i = 0; i < args.length && !mutated; i++) {
          if (before) {
            if (fingerprint(args[i]) !== before[i]) mutated = { arg: i, after: args[i] };
          } else {
            // Read back through fromLive so tensors nested anywhere compare as data.
            const path = firstDifference(args[i], fromLive(tf, live[i]));
            if (path !== null) mutated = { arg: i, path };
          }
        }
        return { ok: true, value, ms, logs: logs.take(), mutated };
      } catch (e) {
        return { ok: false, message: formatThrown(e), location: locateInSource(e), ms: now() - t0, logs: logs.take() };
      } finally {
        if (scoped) {
          try {
            tf!.engine().endScope();
          } catch {
            /* user code may have broken the engine: the worker is thrown away after the run anyway */
          }
        }
      }
    },
  };
}

export type SandboxApi = ReturnType<typeof createSandboxApi>;
