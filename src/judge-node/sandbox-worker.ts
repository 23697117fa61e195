// Node entry of the sandbox (a forked child process): exposes the sandbox API over comlink.
import * as Comlink from "comlink";
import { createSandboxApi } from "../judge/sandbox-core";
import { parentProcessEndpoint } from "./ipc-endpoint";
import { loadTfNode } from "./load-tf";
import { lockDownNodeSandbox } from "./lock-down";

Comlink.expose(createSandboxApi({ loadTf: loadTfNode, lockDown: lockDownNodeSandbox }), parentProcessEndpoint());
// When the judge goes away, so does its sandbox.
process.on("disconnect", () => process.exit(0));
