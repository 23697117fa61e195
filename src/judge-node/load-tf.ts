// tfjs for Node: the pure-JS package with the WASM backend registered; the backend is
// chosen by timing (WASM, else CPU), once per process.
import type { TfLike } from "../judge/tf-values";
import { chooseBackend, type BackendChoice, type BackendProbeTf } from "../judge/backend";

type Tf = typeof import("@tensorflow/tfjs");
let tfPromise: Promise<Tf> | null = null;

async function importTf(): Promise<Tf> {
  const tf = await import("@tensorflow/tfjs");
  await import("@tensorflow/tfjs-backend-wasm");
  tf.env().set("PROD", true); // no debug checks, and no advice printed about tfjs-node
  return tf;
}

/** Loads tfjs and activates `backend` (falling back to cpu if it fails). */
export async function loadTfNode(backend: string): Promise<TfLike & Record<string, unknown>> {
  tfPromise ??= importTf();
  const tf = await tfPromise;
  if (tf.getBackend() !== backend) {
    const ok = await tf.setBackend(backend).catch(() => false);
    if (!ok) await tf.setBackend("cpu");
  }
  await tf.ready();
  return tf as unknown as TfLike & Record<string, unknown>;
}

let choice: Promise<BackendChoice> | null = null;

/** The fastest backend measured on this machine, and the checker's tfjs on it. */
export async function checkerTfNode(): Promise<{ tf: TfLike; choice: BackendChoice }> {
  tfPromise ??= importTf();
  const tf = await tfPromise;
  choice ??= chooseBackend(tf as unknown as BackendProbeTf, ["wasm", "cpu"]);
  const c = await choice;
  if (tf.getBackend() !== c.backend) await tf.setBackend(c.backend);
  return { tf: tf as unknown as TfLike, choice: c };
}
