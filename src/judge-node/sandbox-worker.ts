// Node entry of the sandbox worker (worker_threads): exposes the sandbox API over comlink.
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";
import { parentPort } from "node:worker_threads";
import { createSandboxApi } from "../judge/sandbox-core";
import { loadTfNode } from "./load-tf";
import { lockDownNodeSandbox } from "./lock-down";

if (!parentPort) throw new Error("sandbox-worker must run in a worker thread");
Comlink.expose(createSandboxApi({ loadTf: loadTfNode, lockDown: lockDownNodeSandbox }), nodeEndpoint(parentPort));
