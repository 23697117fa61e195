// Worker threads cannot start from a .ts file under plain Node 20: register tsx first.
import { register } from "tsx/esm/api";

register();
await import("./sandbox-worker.ts");
