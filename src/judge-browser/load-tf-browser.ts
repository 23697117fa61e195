// tfjs inside a browser worker, loaded on first use (see tfjs-browser.ts), on the
// backend chosen by timing WebGL, WASM and CPU on this machine.
import { chooseBackend, type BackendChoice, type BackendProbeTf } from "../judge/backend";
import type { TfLike } from "../judge/tf-values";

type Tf = typeof import("@tensorflow/tfjs");

let loading: Promise<Tf> | null = null;
function tfModule(): Promise<Tf> {
  loading ??= import("./tfjs-browser").then((m) => m.tf);
  loading.catch(() => (loading = null));
  return loading;
}

/** tfjs on the given backend, for the sandbox (falls back to cpu). */
export async function loadTfBrowser(backend: string): Promise<TfLike & Record<string, unknown>> {
  const tf = await tfModule();
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
  const tf = await tfModule();
  choice ??= chooseBackend(tf as unknown as BackendProbeTf, ["webgl", "wasm", "cpu"]);
  const c = await choice;
  if (tf.getBackend() !== c.backend) await tf.setBackend(c.backend);
  return { tf: tf as unknown as TfLike, backend: c.backend };
}
