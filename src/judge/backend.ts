// Picks the tfjs backend by measuring, not by a fixed order: on software WebGL (no real
// GPU) WASM is ~20x faster, while a real GPU makes WebGL win on large tensors.

export interface BackendProbeTf {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  getBackend(): string;
  randomUniform(shape: number[]): { dispose(): void };
  matMul(a: unknown, b: unknown): { dataSync(): unknown; dispose(): void };
}

export interface BackendChoice {
  backend: string;
  /** Median milliseconds of a 256x256 matMul per candidate that initialised. */
  timings: Record<string, number>;
}

const PROBE_SIZE = 256;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms))]);
}

async function timeMatMul(tf: BackendProbeTf): Promise<number> {
  const a = tf.randomUniform([PROBE_SIZE, PROBE_SIZE]);
  const b = tf.randomUniform([PROBE_SIZE, PROBE_SIZE]);
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const c = tf.matMul(a, b);
      c.dataSync();
      c.dispose();
      if (i >= 2) times.push(performance.now() - t0); // the first runs compile shaders / warm caches
    }
  } finally {
    a.dispose();
    b.dispose();
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

/** Tries each registered candidate, times a small matMul on it, and leaves the fastest active. */
export async function chooseBackend(tf: BackendProbeTf, candidates: string[]): Promise<BackendChoice> {
  const timings: Record<string, number> = {};
  for (const name of candidates) {
    try {
      if (!(await withTimeout(tf.setBackend(name), 10_000))) continue;
      await tf.ready();
      timings[name] = await timeMatMul(tf);
    } catch {
      /* a backend that is not registered or fails to initialise is simply not a candidate */
    }
  }
  const ranked = Object.entries(timings).sort((a, b) => a[1] - b[1]);
  const backend = ranked[0]?.[0] ?? "cpu";
  await tf.setBackend(backend);
  await tf.ready();
  return { backend, timings };
}
