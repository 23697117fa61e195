// What a Node sandbox takes away from user code before any of it runs. The sandbox
// process runs as the judge's user: without this, a solution could kill the judge
// (process.kill on its parent), reach the file system or a shell (process.binding,
// process.getBuiltinModule, or import() inside code built from a string; the user's own
// import() calls compile to the sandbox's require, which only knows tfjs), or send data
// out (fetch). process.exit stays: it only ends the sandbox process, which the judge
// reports. In the browser, the page's Content-Security-Policy does this job.

/** A stand-in that throws, callable with or without `new`. */
const notForSolutions = (what: string) =>
  function unavailable(): never {
    throw new Error(`${what} is not available to solutions.`);
  };

const PROCESS_METHODS = [
  "kill", "_kill", "binding", "_linkedBinding", "dlopen", "getBuiltinModule", "chdir", "umask",
  "setuid", "setgid", "seteuid", "setegid", "setgroups", "initgroups", "loadEnvFile", "_debugProcess", "_debugEnd",
];
const NETWORK_GLOBALS = ["fetch", "WebSocket", "EventSource"];

/** Called once the user's module is compiled and before it runs; the sandbox is never reused. */
export function lockDownNodeSandbox(): void {
  const proc = process as unknown as Record<string, unknown>;
  for (const name of PROCESS_METHODS) {
    if (name in proc) Object.defineProperty(proc, name, { value: notForSolutions(`process.${name}`), writable: false, configurable: false });
  }
  // The judge's environment (tokens, paths) is none of the solution's business.
  Object.defineProperty(proc, "env", { value: Object.freeze({}), writable: false, configurable: false });
  const global = globalThis as unknown as Record<string, unknown>;
  for (const name of NETWORK_GLOBALS) {
    if (name in global) Object.defineProperty(global, name, { value: notForSolutions(name), writable: false, configurable: false });
  }
  // No new code from strings: otherwise `new Function("return import('node:fs')")` would
  // get around the import check on the source.
  const generate = notForSolutions("Generating code from strings (eval, Function)");
  const constructors = [
    Function,
    Object.getPrototypeOf(async function () {}).constructor,
    Object.getPrototypeOf(function* () {}).constructor,
    Object.getPrototypeOf(async function* () {}).constructor,
  ] as { prototype: object }[];
  for (const ctor of constructors) Object.defineProperty(ctor.prototype, "constructor", { value: generate, writable: false, configurable: false });
  Object.defineProperty(global, "Function", { value: generate, writable: false, configurable: false });
  Object.defineProperty(global, "eval", { value: generate, writable: false, configurable: false });
}
