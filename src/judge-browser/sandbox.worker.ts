// Browser entry of the sandbox worker: runs the user's code, nothing else.
import * as Comlink from "comlink";
import { createSandboxApi } from "../judge/sandbox-core";
import { loadTfBrowser } from "./load-tf-browser";

/**
 * A worker that closes itself goes silent, and the run would only end at its time limit:
 * closing it is made a runtime error that says so instead.
 */
function lockDownBrowserSandbox(): void {
  const close = () => {
    throw new Error("self.close() would close the worker running your code: return your answer instead.");
  };
  Object.defineProperty(self, "close", { value: close, writable: false, configurable: false });
}

Comlink.expose(createSandboxApi({ loadTf: loadTfBrowser, lockDown: lockDownBrowserSandbox }));
