// Comparators: decide whether a returned value matches the expected one, and when it
// does not, say where and by how much, in words for the person who wrote the code.
import type { Mismatch, Value } from "./types";
import { formatNumber, isOpaque, isTensorValue, nestedShape, typeName } from "./values";

export type CheckOutcome = { pass: true } | { pass: false; message: string; mismatch?: Mismatch };

export const PASS: CheckOutcome = { pass: true };

export function fail(message: string, mismatch?: Mismatch): CheckOutcome {
  return { pass: false, message, mismatch };
}

export interface Tolerance {
  atol: number;
  rtol: number;
}

interface Walk {
  tol: Tolerance | null; // null: exact
  first: { path: string; expected: unknown; got: unknown } | null;
  maxAbs: number;
  maxRel: number;
  /** A NaN came back where a number was expected: the max errors are then NaN. */
  sawNaN: boolean;
  structural: CheckOutcome | null;
}

function shapeOf(v: unknown): number[] | undefined {
  if (isTensorValue(v)) return v.$tensor.shape;
  if (Array.isArray(v)) {
    try {
      return nestedShape(v as never);
    } catch {
      return [v.length];
    }
  }
  if (ArrayBuffer.isView(v)) return [(v as unknown as ArrayLike<number>).length];
  return undefined;
}

function leafClose(w: Walk, path: string, expected: number, got: unknown): void {
  if (typeof got !== "number") {
    w.structural ??= fail(`At ${path || "the top level"}: expected a number, got ${typeName(got)}.`, {
      path, expected: formatNumber(expected), got: typeName(got),
    });
    return;
  }
  const ok = Number.isNaN(expected) ? Number.isNaN(got)
    : !Number.isFinite(expected) ? got === expected
    : w.tol === null ? got === expected
    : Math.abs(got - expected) <= w.tol.atol + w.tol.rtol * Math.abs(expected);
  if (Number.isNaN(got) && !Number.isNaN(expected)) w.sawNaN = true;
  else if (Number.isFinite(expected)) {
    const abs = Number.isFinite(got) ? Math.abs(got - expected) : Infinity;
    const rel = expected === 0 ? (abs === 0 ? 0 : Infinity) : abs / Math.abs(expected);
    if (abs > w.maxAbs) w.maxAbs = abs;
    if (rel > w.maxRel) w.maxRel = rel;
  } else if (!ok) {
    // NaN or an infinity was expected and something else came back: no finite error to quote.
    w.maxAbs = Infinity;
    w.maxRel = Infinity;
  }
  if (!ok && w.first === null) w.first = { path, expected, got };
}

function indexPath(flat: number, shape: number[]): string {
  const idx: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) {
    idx.unshift(flat % shape[d]!);
    flat = Math.floor(flat / shape[d]!);
  }
  return idx.map((i) => `[${i}]`).join("");
}

function walk(w: Walk, path: string, expected: unknown, got: unknown): void {
  if (w.structural) return;
  if (isOpaque(got)) {
    w.structural = fail(`At ${path || "the top level"}: expected ${typeName(expected)}, got ${got.$opaque}.`, { path, got: got.$opaque });
    return;
  }
  if (isTensorValue(expected)) {
    if (!isTensorValue(got)) {
      w.structural = fail(`Expected a tf.Tensor of shape [${expected.$tensor.shape.join(", ")}]${path ? ` at ${path}` : ""}, got ${typeName(got)}.`, {
        path, expectedShape: expected.$tensor.shape, gotShape: shapeOf(got), got: typeName(got),
      });
      return;
    }
    const es = expected.$tensor.shape, gs = got.$tensor.shape;
    if (es.length !== gs.length || es.some((d, i) => d !== gs[i])) {
      w.structural = fail(`Shape mismatch${path ? ` at ${path}` : ""}: expected [${es.join(", ")}], got [${gs.join(", ")}].`, {
        path, expectedShape: es, gotShape: gs,
      });
      return;
    }
    const ev = expected.$tensor.values, gv = got.$tensor.values;
    const isBool = expected.$tensor.dtype === "bool";
    for (let i = 0; i < ev.length; i++) {
      if (isBool) {
        if ((ev[i] !== 0) !== (gv[i] !== 0) && w.first === null) w.first = { path: path + indexPath(i, es), expected: ev[i] !== 0, got: gv[i] !== 0 };
      } else {
        leafClose(w, path + indexPath(i, es), ev[i]!, gv[i]!);
      }
    }
    return;
  }
  if (Array.isArray(expected) || ArrayBuffer.isView(expected)) {
    const e = expected as ArrayLike<unknown>;
    if (!(Array.isArray(got) || ArrayBuffer.isView(got))) {
      w.structural = fail(`Expected ${typeName(expected)} of length ${e.length}${path ? ` at ${path}` : ""}, got ${typeName(got)}.`, {
        path, expectedShape: shapeOf(expected), gotShape: shapeOf(got), got: typeName(got),
      });
      return;
    }
    const g = got as ArrayLike<unknown>;
    if (e.length !== g.length) {
      const es = shapeOf(expected), gs = shapeOf(got);
      w.structural = fail(
        `Length mismatch${path ? ` at ${path}` : ""}: expected ${e.length} items, got ${g.length}` +
          (es && gs && es.length > 1 ? ` (expected shape [${es.join(", ")}], got [${gs.join(", ")}])` : "") + ".",
        { path, expectedShape: es, gotShape: gs },
      );
      return;
    }
    for (let i = 0; i < e.length; i++) walk(w, `${path}[${i}]`, e[i], g[i]);
    return;
  }
  if (typeof expected === "number") {
    leafClose(w, path, expected, got);
    return;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof got !== "object" || got === null || Array.isArray(got)) {
      w.structural = fail(`Expected an object with keys ${Object.keys(expected).join(", ")}${path ? ` at ${path}` : ""}, got ${typeName(got)}.`, { path, got: typeName(got) });
      return;
    }
    for (const key of Object.keys(expected)) {
      if (!(key in got)) {
        w.structural = fail(`The returned object has no "${key}" property.`, { path: path ? `${path}.${key}` : key });
        return;
      }
      walk(w, path ? `${path}.${key}` : key, (expected as Record<string, unknown>)[key], (got as Record<string, unknown>)[key]);
    }
    return;
  }
  if (!Object.is(expected, got) && w.first === null) w.first = { path, expected, got };
}

function show(v: unknown): string {
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return JSON.stringify(v);
  return typeof v === "object" && v !== null ? typeName(v) : String(v);
}

function compareWith(tol: Tolerance | null, expected: Value, got: Value): CheckOutcome {
  const w: Walk = { tol, first: null, maxAbs: 0, maxRel: 0, sawNaN: false, structural: null };
  walk(w, "", expected, got);
  if (w.structural) return w.structural;
  if (!w.first) return PASS;
  const where = w.first.path ? `at ${w.first.path}` : "";
  const maxAbs = w.sawNaN ? NaN : w.maxAbs, maxRel = w.sawNaN ? NaN : w.maxRel;
  const errors = tol !== null && typeof w.first.expected === "number"
    ? ` Max absolute error ${formatNumber(maxAbs)}, max relative error ${formatNumber(maxRel)} (tolerance: atol ${formatNumber(tol.atol)}, rtol ${formatNumber(tol.rtol)}).`
    : "";
  return fail(`First difference ${where}: expected ${show(w.first.expected)}, got ${show(w.first.got)}.${errors}`.replace("difference :", "difference:"), {
    path: w.first.path,
    expected: show(w.first.expected),
    got: show(w.first.got),
    maxAbsError: tol !== null ? maxAbs : undefined,
    maxRelError: tol !== null ? maxRel : undefined,
  });
}

/** Numbers (and tensors) match when |got - expected| <= atol + rtol * |expected|; everything else exactly. */
export function closeTo(tol: Tolerance): (got: Value, expected: Value) => CheckOutcome {
  return (got, expected) => compareWith(tol, expected, got);
}

/** Exact structural equality, with the first difference named. */
export function exact(): (got: Value, expected: Value) => CheckOutcome {
  return (got, expected) => compareWith(null, expected, got);
}
