// The API an exercise's checks.ts is written against. An exercise folder imports
// only from here (and from fast-check through `fc`), so the judge can change inside.
import * as fc from "fast-check";
import type { CheckOutcome } from "./compare";
import type { Rng } from "./rng";
import type { TensorDType, Value } from "./types";
import type { TfLike } from "./tf-values";

export { fc };
export { closeTo, exact, fail, PASS } from "./compare";
export type { CheckOutcome, Tolerance } from "./compare";
export { Rng } from "./rng";
export { pathGraph, randomGraph, randomOrthogonal } from "./test-data";
export { tensor, tensorFromFlat, tensorToNested, isTensorValue, describeValue, formatNumber, typeName } from "./values";
export type { TensorValue, Value } from "./types";

/**
 * Decides whether `got` (what the user's function returned, as plain data) is right.
 * `expected` is what the reference returned for the same arguments; `args` are the
 * judge's own pristine copy of the inputs.
 */
export type Checker = (got: Value, expected: Value, args: Value[]) => CheckOutcome;

export interface TestCase {
  name: string;
  /** The arguments, as plain data (tensors via `tensor(...)`). */
  args: Value[];
  /** Overrides the exercise's default checker for this case. */
  check?: Checker;
}

export interface PropertyTest {
  /** Shown as the test's name, e.g. "random graphs". */
  name: string;
  /** Generates an argument list; fast-check shrinks it when a case fails. */
  arbitrary: fc.Arbitrary<Value[]>;
  /** How many seeded cases (default 50). */
  runs?: number;
  check?: Checker;
}

export interface ParamSpec {
  name: string;
  /** A tensor parameter: custom input gives it as a nested array. */
  tensor?: boolean;
  dtype?: TensorDType;
  /** May be left out of a call. */
  optional?: boolean;
}

export interface HiddenContext {
  /** Seeded from the exercise id: the same cases on every run. */
  rng: Rng;
}

export interface ExerciseChecks {
  /** The entry function's parameters, in order (names shown in results and used by custom input). */
  params: ParamSpec[];
  /** Visible examples: what Run checks. */
  examples: TestCase[];
  /** Hand-picked edge cases, seeded random cases and a large case: what Submit checks after the examples. */
  hidden: (ctx: HiddenContext) => TestCase[];
  /** Seeded random cases with shrinking, checked by Submit last. */
  properties?: PropertyTest[];
  /** The default checker. */
  check: Checker;
  /**
   * How the expected value is computed, when not by calling the reference solution
   * with the same arguments (e.g. straight from tfjs ops). Receives live arguments
   * (tensors as tf.Tensor) and returns a live value.
   */
  expected?: (tf: TfLike, ...args: unknown[]) => unknown;
  /** Rejects a custom input that breaks the exercise's contract; returns a message or null. */
  validateInput?: (args: Value[]) => string | null;
}

/** Identity with types: `export default defineChecks({...})`. */
export function defineChecks(checks: ExerciseChecks): ExerciseChecks {
  return checks;
}
