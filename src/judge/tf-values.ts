// Converting between live tfjs tensors and TensorValue descriptors. tfjs is passed
// in, never imported, so the core stays free of any particular tfjs instance.
import type { OpaqueValue, TensorDType, TensorValue, Value } from "./types";
import { isTensorValue } from "./values";

/** The slice of the tfjs API the judge core needs. */
export interface TfLike {
  tensor(values: ArrayLike<number>, shape: number[], dtype: TensorDType): TfTensorLike;
  Tensor: abstract new (...args: never[]) => TfTensorLike;
  getBackend(): string;
  engine(): { startScope(): void; endScope(): void };
  memory(): { numTensors: number };
}

export interface TfTensorLike {
  shape: number[];
  dtype: string;
  isDisposed: boolean;
  dataSync(): ArrayLike<number>;
  dispose(): void;
}

/** Replaces TensorValue descriptors (at any depth) with live tensors. */
export function toLive(tf: TfLike | null, v: Value): unknown {
  if (isTensorValue(v)) {
    if (!tf) throw new Error("a tensor input needs tfjs, which is not loaded");
    const { values, shape, dtype } = v.$tensor;
    return tf.tensor(values, shape, dtype);
  }
  if (Array.isArray(v)) return v.map((x) => toLive(tf, x));
  if (typeof v === "object" && v !== null && !ArrayBuffer.isView(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toLive(tf, x);
    return out;
  }
  return v;
}

function opaque(what: string): OpaqueValue {
  return { $opaque: what };
}

const MAX_DEPTH = 64;

/**
 * Turns whatever user code returned into plain data. Never throws for odd values:
 * functions, symbols, cycles, disposed tensors and class instances become OpaqueValue.
 */
export function fromLive(tf: TfLike | null, v: unknown, depth = 0, seen: Set<object> = new Set()): Value {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === undefined) return v;
  if (typeof v === "bigint") return opaque(`a bigint (${String(v)}n)`);
  if (typeof v === "function") return opaque("a function");
  if (typeof v === "symbol") return opaque("a symbol");
  if (depth > MAX_DEPTH) return opaque("a value nested too deeply");
  if (tf && v instanceof tf.Tensor) {
    const t = v as TfTensorLike;
    if (t.isDisposed) return opaque("a disposed tensor");
    const dtype = (["float32", "int32", "bool"].includes(t.dtype) ? t.dtype : "float32") as TensorDType;
    const data = t.dataSync();
    const values = dtype === "float32" ? Float32Array.from(data) : dtype === "int32" ? Int32Array.from(data) : Uint8Array.from(data);
    const tv: TensorValue = { $tensor: { shape: [...t.shape], dtype, values } };
    return tv;
  }
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (typeof v === "object") {
    if (seen.has(v)) return opaque("a circular structure");
    if (typeof (v as { then?: unknown }).then === "function") return opaque("a Promise (did you forget await?)");
    seen.add(v);
    try {
      if (Array.isArray(v)) {
        const out: Value[] = new Array(v.length);
        for (let i = 0; i < v.length; i++) out[i] = fromLive(tf, v[i], depth + 1, seen);
        return out;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        const name = (proto?.constructor?.name as string | undefined) ?? "object";
        return opaque(`a ${name}`);
      }
      const out: Record<string, Value> = {};
      for (const k of Object.keys(v)) out[k] = fromLive(tf, (v as Record<string, unknown>)[k], depth + 1, seen);
      return out;
    } finally {
      seen.delete(v);
    }
  }
  return opaque(typeof v);
}
