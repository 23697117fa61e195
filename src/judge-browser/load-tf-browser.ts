// tfjs inside a browser worker: WASM files bundled by Vite (never a CDN), and the
// backend chosen by timing WebGL, WASM and CPU on this machine.
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm"; // registers the backend (a side effect the bundler must keep)
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import wasmPlain from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url";
import wasmSimd from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url";
import wasmThreadedSimd from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url";
import { chooseBackend, type BackendChoice, type BackendProbeTf } from "../judge/backend";
import type { TfLike } from "../judge/tf-values";

let configured = false;
function configure(): void {
  if (configured) return;
  configured = true;
  setWasmPaths({
    "tfjs-backend-wasm.wasm": wasmPlain,
    "tfjs-backend-wasm-simd.wasm": wasmSimd,
    "tfjs-backend-wasm-threaded-simd.wasm": wasmThreadedSimd,
  });
  // A cross-origin-isolated page makes the threaded WASM backend hang at start-up.
  tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
  tf.env().set("PROD", true);
}

/** tfjs on the given backend, for the sandbox (falls back to cpu). */
export async function loadTfBrowser(backend: string): Promise<TfLike & Record<string, unknown>> {
  configure();
  if (tf.getBackend() !== backend) {
    const ok = await tf.setBackend(backend).catch(() => false);
    if (!ok) await tf.setBackend("cpu");
  }
  await tf.ready();
  return tf as unknown as TfLike & Record<string, unknown>;
}

let choice: Promise<BackendChoice> | null = null;

/** The checker's tfjs on the fastest backend measured here. */
export async function checkerTfBrowser(): Promise<{ tf: TfLike; backend: string }> {
  configure();
  choice ??= chooseBackend(tf as unknown as BackendProbeTf, ["webgl", "wasm", "cpu"]);
  const c = await choice;
  if (tf.getBackend() !== c.backend) await tf.setBackend(c.backend);
  return { tf: tf as unknown as TfLike, backend: c.backend };
}
