// Node entry of the sandbox (a forked child process): exposes the sandbox API over comlink.
import * as Comlink from "comlink";
import { createSandboxApi } from "../judge/sandbox-core";
import { parentProcessEndpoint } from "./ipc-endpoint";
import { loadTfNode, PRELOAD_TF_ARG, preloadTfNode } from "./load-tf";
import { lockDownNodeSandbox } from "./lock-down";

Comlink.expose(createSandboxApi({ loadTf: loadTfNode, lockDown: lockDownNodeSandbox }), parentProcessEndpoint());
// When the judge goes away, so does its sandbox.
process.on("disconnect", () => process.exit(0));
// Loading tfjs takes a few hundred milliseconds: start while the judge is still choosing
// the backend, long before the user's code arrives (and the sandbox is locked down).
if (process.argv.includes(PRELOAD_TF_ARG)) setImmediate(preloadTfNode);
