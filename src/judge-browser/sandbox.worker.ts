// Browser entry of the sandbox worker: runs the user's code, nothing else.
import * as Comlink from "comlink";
import { createSandboxApi } from "../judge/sandbox-core";
import { loadTfBrowser } from "./load-tf-browser";

Comlink.expose(createSandboxApi({ loadTf: loadTfBrowser }));
