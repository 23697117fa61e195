// tfjs for Node: the pure-JS package with the WASM backend registered; the backend is
// chosen by timing (WASM, else CPU), once per process.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import type { TfLike } from "../judge/tf-values";
import { chooseBackend, type BackendChoice, type BackendProbeTf } from "../judge/backend";

type Tf = typeof import("@tensorflow/tfjs");
let tfPromise: Promise<Tf> | null = null;

async function importTf(): Promise<Tf> {
  // require, not import(): tfjs ships CommonJS for Node, and importing it from ESM makes
  // Node scan the source of every package it re-exports for export names (~250 ms a
  // process). The module is the same either way, so exercises importing it share it.
  const requireCjs = createRequire(import.meta.url);
  const tf = requireCjs("@tensorflow/tfjs") as Tf;
  requireCjs("@tensorflow/tfjs-backend-wasm");
  tf.env().set("PROD", true); // no debug checks, and no advice printed about tfjs-node
  return tf;
}

/** Tells a sandbox process to start loading tfjs as soon as it is up. */
export const PRELOAD_TF_ARG = "--preload-tfjs";

/** Starts loading tfjs (not choosing a backend) ahead of the first use. */
export function preloadTfNode(): void {
  tfPromise ??= importTf();
  tfPromise.catch(() => {}); // a failure is reported by the call that needs tfjs
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

const CANDIDATES = ["wasm", "cpu"];
/** A remembered measurement is trusted this long, then taken again. */
const SAVED_CHOICE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** What the measurement depends on: the same key, the same winner. */
function machineKey(tf: Tf): string {
  const cores = cpus();
  return JSON.stringify([process.version, process.platform, process.arch, cores.length, cores[0]?.model ?? "", tf.version.tfjs, CANDIDATES]);
}

function savedChoice(file: string, key: string): BackendChoice | null {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { key?: string; at?: number; choice?: BackendChoice };
    const fresh = saved.key === key && typeof saved.at === "number" && Date.now() - saved.at < SAVED_CHOICE_MAX_AGE_MS;
    return fresh && typeof saved.choice?.backend === "string" && CANDIDATES.includes(saved.choice.backend) ? saved.choice : null;
  } catch {
    return null; // none yet, or unreadable: measure
  }
}

function saveChoice(file: string, key: string, choice: BackendChoice): void {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ key, at: Date.now(), choice })}\n`);
    renameSync(tmp, file); // whole or not at all, for judges reading it at the same time
  } catch {
    /* a read-only checkout measures every time */
  }
}

/**
 * Times the candidates, or, given `savedIn`, reuses the winner measured on this machine
 * (same Node, CPU and tfjs) within the last day: the timing (~300 ms, most of it the
 * JavaScript CPU backend) is a large part of a one-shot CLI run, and its winner does not
 * change between runs.
 */
async function measureBackend(tf: Tf, savedIn?: string): Promise<BackendChoice> {
  const key = savedIn ? machineKey(tf) : "";
  const saved = savedIn ? savedChoice(savedIn, key) : null;
  if (saved && (await tf.setBackend(saved.backend).catch(() => false))) {
    await tf.ready();
    return saved;
  }
  const measured = await chooseBackend(tf as unknown as BackendProbeTf, CANDIDATES);
  if (savedIn) saveChoice(savedIn, key, measured);
  return measured;
}

let choice: Promise<BackendChoice> | null = null;

/**
 * The fastest backend measured on this machine, and the checker's tfjs on it. With
 * `savedChoiceFile`, a measurement from an earlier process is reused (see measureBackend).
 */
export async function checkerTfNode(savedChoiceFile?: string): Promise<{ tf: TfLike; choice: BackendChoice }> {
  tfPromise ??= importTf();
  const tf = await tfPromise;
  choice ??= measureBackend(tf, savedChoiceFile);
  const c = await choice;
  if (tf.getBackend() !== c.backend) await tf.setBackend(c.backend);
  return { tf: tf as unknown as TfLike, choice: c };
}
