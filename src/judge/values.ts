// Plain-data values that cross worker boundaries: tensor descriptors, formatting
// for people (full when small, summarised when large), and structural helpers.
import type { OpaqueValue, TensorDType, TensorValue, Value } from "./types";

export function isTensorValue(v: unknown): v is TensorValue {
  return typeof v === "object" && v !== null && "$tensor" in v;
}

export function isOpaque(v: unknown): v is OpaqueValue {
  return typeof v === "object" && v !== null && "$opaque" in v;
}

type Nested = number | boolean | Nested[];

/** Shape of a rectangular nested array; throws on ragged input. */
export function nestedShape(data: Nested): number[] {
  const shape: number[] = [];
  let cur: Nested = data;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0]!;
  }
  return shape;
}

function flatten(data: Nested, out: number[], shape: number[], depth: number): void {
  if (depth === shape.length) {
    if (Array.isArray(data)) throw new Error("ragged nested array: deeper than its first element");
    out.push(typeof data === "boolean" ? (data ? 1 : 0) : data);
    return;
  }
  if (!Array.isArray(data) || data.length !== shape[depth]) {
    throw new Error(`ragged nested array: expected length ${shape[depth]} at depth ${depth}`);
  }
  for (const d of data) flatten(d, out, shape, depth + 1);
}

function firstLeaf(data: Nested): number | boolean | undefined {
  let cur: Nested | undefined = data;
  while (Array.isArray(cur)) cur = cur[0];
  return cur;
}

/**
 * Builds a tensor descriptor from a nested array (or a flat array plus a shape).
 * Booleans give a bool tensor unless a dtype is given.
 */
export function tensor(data: Nested, shape?: number[], dtype?: TensorDType): TensorValue {
  const inferredShape = shape ?? nestedShape(data);
  const flat: number[] = [];
  if (shape) {
    if (!Array.isArray(data)) flat.push(Number(data));
    else for (const x of (data as Nested[]).flat(Infinity as 1)) flat.push(typeof x === "boolean" ? (x ? 1 : 0) : (x as number));
  } else {
    flatten(data, flat, inferredShape, 0);
  }
  const size = inferredShape.reduce((a, b) => a * b, 1);
  if (flat.length !== size) throw new Error(`tensor: ${flat.length} values do not fill shape [${inferredShape.join(", ")}]`);
  const dt: TensorDType = dtype ?? (typeof firstLeaf(data) === "boolean" ? "bool" : "float32");
  const values = dt === "float32" ? Float32Array.from(flat) : dt === "int32" ? Int32Array.from(flat) : Uint8Array.from(flat);
  return { $tensor: { shape: inferredShape, dtype: dt, values } };
}

/** A tensor descriptor from a flat typed array and a shape. */
export function tensorFromFlat(values: ArrayLike<number>, shape: number[], dtype: TensorDType = "float32"): TensorValue {
  const v = dtype === "float32" ? Float32Array.from(values) : dtype === "int32" ? Int32Array.from(values) : Uint8Array.from(values);
  return { $tensor: { shape: [...shape], dtype, values: v } };
}

/** Nested JS arrays from a tensor descriptor (bools as booleans). */
export function tensorToNested(t: TensorValue): unknown {
  const { shape, dtype, values } = t.$tensor;
  const leaf = (i: number) => (dtype === "bool" ? values[i] !== 0 : values[i]!);
  if (shape.length === 0) return leaf(0);
  let pos = 0;
  const build = (d: number): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < shape[d]!; i++) out.push(d === shape.length - 1 ? leaf(pos++) : build(d + 1));
    return out;
  };
  return build(0);
}

// ---------------------------------------------------------------- formatting

export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e9)) return x.toExponential(6).replace(/\.?0+e/, "e");
  return String(Number(x.toPrecision(8)));
}

/** Short type name of a value, for messages: "number[][]", "tensor float32 [2, 3]", "undefined". */
export function typeName(v: Value): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (isTensorValue(v)) return `tensor ${v.$tensor.dtype} [${v.$tensor.shape.join(", ")}]`;
  if (isOpaque(v)) return v.$opaque;
  if (ArrayBuffer.isView(v)) return (v as object).constructor.name;
  if (Array.isArray(v)) {
    if (v.length === 0) return "[] (empty array)";
    return `${typeName(v[0]).replace(/ \(empty array\)$/, "")}[]`;
  }
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : "number";
  if (typeof v === "object") return "object";
  return typeof v;
}

function countLeaves(v: unknown, limit: number): number {
  let n = 0;
  const walk = (x: unknown): void => {
    if (n > limit) return;
    if (Array.isArray(x)) for (const y of x) walk(y);
    else if (ArrayBuffer.isView(x)) n += (x as unknown as ArrayLike<number>).length;
    else if (isTensorValue(x)) n += x.$tensor.values.length;
    else if (typeof x === "object" && x !== null && !isOpaque(x)) for (const y of Object.values(x)) walk(y);
    else n++;
  };
  walk(v);
  return n;
}

function formatLeaf(v: unknown): string {
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (v === undefined) return "undefined";
  return String(v);
}

function formatFull(v: unknown): string {
  if (isTensorValue(v)) return `tensor(${formatFull(tensorToNested(v))}, ${v.$tensor.dtype})`;
  if (isOpaque(v)) return `<${v.$opaque}>`;
  if (Array.isArray(v)) return `[${v.map(formatFull).join(", ")}]`;
  if (ArrayBuffer.isView(v)) return `[${Array.from(v as unknown as ArrayLike<number>, formatLeaf).join(", ")}]`;
  if (typeof v === "object" && v !== null) {
    return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${formatFull(x)}`).join(", ")} }`;
  }
  return formatLeaf(v);
}

function shapeOfArray(v: unknown[]): string {
  const dims: number[] = [];
  let cur: unknown = v;
  while (Array.isArray(cur)) {
    dims.push(cur.length);
    cur = cur[0];
  }
  return dims.map((d) => `[${d}]`).join("");
}

function formatSummary(v: unknown, budget: number): string {
  if (isTensorValue(v)) {
    const { shape, dtype, values } = v.$tensor;
    const head = Array.from(values.slice(0, 6), (x) => formatLeaf(dtype === "bool" ? x !== 0 : x));
    return `tensor ${dtype} [${shape.join(", ")}] values: ${head.join(", ")}${values.length > 6 ? ", …" : ""}`;
  }
  if (Array.isArray(v)) {
    const items = v.slice(0, 4).map((x) => (countLeaves(x, budget) <= budget ? formatFull(x) : formatSummary(x, budget)));
    return `array${shapeOfArray(v)} (${countLeaves(v, Infinity)} values): [${items.join(", ")}${v.length > 4 ? ", …" : ""}]`;
  }
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<number>;
    return `${(v as object).constructor.name}(${a.length}) [${Array.from({ length: Math.min(6, a.length) }, (_, i) => formatLeaf(a[i])).join(", ")}, …]`;
  }
  if (typeof v === "object" && v !== null && !isOpaque(v)) {
    return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${countLeaves(x, budget) <= budget ? formatFull(x) : formatSummary(x, budget)}`).join(", ")} }`;
  }
  return formatFull(v);
}

/** A value for people: in full when it has at most `maxValues` leaves, else summarised. */
export function describeValue(v: Value, maxValues = 64): string {
  return countLeaves(v, maxValues) <= maxValues ? formatFull(v) : formatSummary(v, 8);
}

/** The arguments of a call, named: "graph = [[1], [0]]\nstart = 0". */
export function describeArgs(args: Value[], names: string[], maxValues = 64): string {
  return args.map((a, i) => `${names[i] ?? `arg${i}`} = ${describeValue(a, maxValues)}`).join("\n");
}

// ---------------------------------------------------------------- structure

/** Deep copy that keeps typed arrays and tensors (structuredClone where available). */
export function cloneValue<T>(v: T): T {
  return structuredClone(v);
}

/** Exact structural equality; returns the path of the first difference, or null. */
export function firstDifference(a: unknown, b: unknown): string | null {
  const segments = diff(a, b);
  if (segments === null) return null;
  return segments.reverse().join("").replace(/^\./, "") || "(value)";
}

/** Path segments of the first difference, innermost first (built only on the way out, so equal data allocates nothing). */
function diff(a: unknown, b: unknown): string[] | null {
  if (a === b || Object.is(a, b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return [];
  if (isTensorValue(a) || isTensorValue(b)) {
    if (!isTensorValue(a) || !isTensorValue(b)) return [];
    if (a.$tensor.dtype !== b.$tensor.dtype || a.$tensor.shape.join() !== b.$tensor.shape.join()) return [];
    return diff(a.$tensor.values, b.$tensor.values);
  }
  const aList = Array.isArray(a) || ArrayBuffer.isView(a), bList = Array.isArray(b) || ArrayBuffer.isView(b);
  if (aList || bList) {
    if (!aList || !bList || Array.isArray(a) !== Array.isArray(b)) return [];
    const x = a as ArrayLike<unknown>, y = b as ArrayLike<unknown>;
    if (x.length !== y.length) return [` (length ${x.length} vs ${y.length})`];
    for (let i = 0; i < x.length; i++) {
      const xi = x[i], yi = y[i];
      if (xi === yi) continue;
      const d = diff(xi, yi);
      if (d !== null) {
        d.push(`[${i}]`);
        return d;
      }
    }
    return null;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return [];
  for (const k of ka) {
    const d = diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
    if (d !== null) {
      d.push(`.${k}`);
      return d;
    }
  }
  return null;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * A 32-bit fingerprint of a value's whole structure and contents. Cheap enough to take
 * before and after every call, so the sandbox can tell whether user code changed its
 * inputs without copying them.
 */
export function fingerprint(v: unknown): number {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193);
  };
  const walk = (x: unknown): void => {
    if (typeof x === "number") {
      f64[0] = x;
      mix(u32[0]!);
      mix(u32[1]!);
    } else if (x === null || x === undefined || typeof x === "boolean") {
      mix(x === null ? 1 : x === undefined ? 2 : x ? 3 : 4);
    } else if (typeof x === "string") {
      mix(5);
      for (let i = 0; i < x.length; i++) mix(x.charCodeAt(i));
    } else if (Array.isArray(x)) {
      mix(6);
      mix(x.length);
      for (let i = 0; i < x.length; i++) walk(x[i]);
    } else if (ArrayBuffer.isView(x)) {
      const arr = x as unknown as ArrayLike<number>;
      mix(7);
      mix(arr.length);
      for (let i = 0; i < arr.length; i++) walk(arr[i]);
    } else if (typeof x === "object") {
      mix(8);
      for (const k of Object.keys(x)) {
        walk(k);
        walk((x as Record<string, unknown>)[k]);
      }
    }
  };
  walk(v);
  return h >>> 0;
}
