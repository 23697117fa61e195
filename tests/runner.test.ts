// The checker's own behaviour on a small synthetic exercise: shrinking, custom input,
// verdict order and the results format.
import { describe, expect, it } from "vitest";
import { nodeEnv } from "../src/judge-node/judge-node";
import { closeTo, defineChecks, fc, tensor } from "../src/judge/kit";
import { judge, parseCustomInput, prepareSubmit, runCustomInput, type LoadedExercise } from "../src/judge/runner";
import { RESULTS_FORMAT_VERSION } from "../src/judge/types";

const sumExercise: LoadedExercise = {
  meta: { id: "sum-test", title: "Sum", difficulty: "easy", tags: ["test"], minutes: 5, timeLimitMs: 3000, entry: "sum" },
  reference: (xs: unknown) => (xs as number[]).reduce((a, b) => a + b, 0),
  checks: defineChecks({
    params: [{ name: "xs" }],
    check: closeTo({ atol: 1e-9, rtol: 1e-9 }),
    examples: [{ name: "three numbers", args: [[1, 2, 3]] }, { name: "empty", args: [[]] }],
    hidden: ({ rng }) => [{ name: "seeded", args: [rng.array(10, () => rng.int(0, 9))] }],
    properties: [{ name: "random arrays", arbitrary: fc.tuple(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 30 })), runs: 100 }],
  }),
};

const run = (source: string, mode: "submit" | "examples" = "submit") => judge(sumExercise, source, nodeEnv, { mode });

describe("runner", () => {
  it("returns the versioned results format", async () => {
    const r = await run(`export function sum(xs: number[]) { return xs.reduce((a, b) => a + b, 0); }`);
    expect(r).toMatchObject({ formatVersion: RESULTS_FORMAT_VERSION, exercise: "sum-test", mode: "submit", verdict: "accepted", passed: 4, total: 4, backend: "none" });
    expect(r.tests.map((t) => t.name)).toEqual(["three numbers", "empty", "seeded", "random arrays (100 seeded random cases)"]);
    expect(r.timings.totalMs).toBeGreaterThan(0);
  });

  it("sums the user's own time over every call, apart from the judge's", async () => {
    // 3 cases and 100 random ones, each spending at least 2 ms in the user's function.
    const r = await run(`export function sum(xs: number[]) { const t = performance.now(); while (performance.now() - t < 2) {} return xs.reduce((a, b) => a + b, 0); }`);
    expect(r.verdict).toBe("accepted");
    expect(r.timings.userMs).toBeGreaterThanOrEqual(103 * 2);
    expect(r.timings.userMs).toBeLessThanOrEqual(r.timings.testsMs);
  });

  it("shrinks a failing random case to the smallest failing input", async () => {
    // Wrong only when some element exceeds 50: the smallest failing input is [51].
    const r = await run(`export function sum(xs: number[]) { return xs.reduce((a, b) => a + Math.min(b, 50), 0); }`);
    expect(r.verdict).toBe("wrong-answer");
    const prop = r.tests.find((t) => t.name.startsWith("random arrays"))!;
    expect(prop.status).toBe("failed");
    expect(prop.shrunkInput).toBe("xs = [51]");
    expect(prop.message).toMatch(/expected 51, got 50/);
  });

  it("prepares a Submit's expected values ahead of time, once, even when a run starts meanwhile", async () => {
    const calls: number[][] = [];
    const counted: LoadedExercise = {
      ...sumExercise,
      meta: { ...sumExercise.meta, id: "sum-counted" },
      reference: (xs: unknown) => (calls.push(xs as number[]), sumExercise.reference(xs)),
    };
    // Two at once (as when a run starts while the page's warm-up is at work): each fixed
    // case's expected value is computed once, by whichever got there first.
    await Promise.all([prepareSubmit(counted, nodeEnv), prepareSubmit(counted, nodeEnv)]);
    expect(calls).toHaveLength(3); // two examples and one hidden case; properties are drawn per run
    calls.length = 0;
    const r = await judge(counted, `export function sum(xs: number[]) { return xs.reduce((a, b) => a + b, 0); }`, nodeEnv, { mode: "submit" });
    expect(r.verdict).toBe("accepted");
    expect(calls.filter((xs) => JSON.stringify(xs) === "[1,2,3]")).toEqual([]);
    expect(calls.length).toBeGreaterThanOrEqual(100); // the property cases only
  });

  it("reports progress as each test finishes", async () => {
    const seen: string[] = [];
    await judge(sumExercise, `export function sum(xs: number[]) { return 0; }`, nodeEnv, {
      mode: "examples",
      onTest: (t, done, total) => seen.push(`${done}/${total} ${t.status}`),
    });
    expect(seen).toEqual(["1/2 failed", "2/2 passed"]);
  });

  it("gives the verdict of the first failing test", async () => {
    const r = await run(`export function sum(xs: number[]) { if (xs.length === 0) throw new Error("empty"); return 0; }`, "examples");
    expect(r.verdict).toBe("wrong-answer");
    expect(r.tests.map((t) => t.status)).toEqual(["failed", "error"]);
  });

  it("runs custom input beside the reference", async () => {
    const ok = await runCustomInput(sumExercise, `export function sum(xs: number[]) { return xs.length; }`, "[[5, 5]]", nodeEnv);
    expect(ok).toMatchObject({ ok: true, status: "failed", got: "2", expected: "10" });
    const byName = await runCustomInput(sumExercise, `export function sum(xs: number[]) { return 10; }`, `{"xs": [5, 5]}`, nodeEnv);
    expect(byName).toMatchObject({ ok: true, status: "passed" });
  });

  it("explains bad custom input instead of throwing", () => {
    expect(() => parseCustomInput(sumExercise, "[1, 2")).toThrow(/not valid JSON/);
    expect(() => parseCustomInput(sumExercise, `{"ys": []}`)).toThrow(/Unknown parameter ys; the parameters are xs/);
    expect(() => parseCustomInput(sumExercise, "[]")).toThrow(/Expected 1 arguments \(xs\), got 0/);
    expect(() => parseCustomInput(sumExercise, "42")).toThrow(/JSON array of arguments/);
  });
});

describe("runner with tensors nested in arguments", () => {
  const nested: LoadedExercise = {
    meta: { id: "nested-test", title: "Nested", difficulty: "easy", tags: ["test"], minutes: 5, timeLimitMs: 5000, entry: "scale", tfjs: true },
    reference: (p: unknown) => (p as { w: { mul(x: number): unknown } }).w.mul(2),
    checks: defineChecks({
      params: [{ name: "params" }],
      check: closeTo({ atol: 1e-6, rtol: 1e-6 }),
      examples: [{ name: "object holding a tensor", args: [{ w: tensor([1, 2, 3]) }] }, { name: "another", args: [{ w: tensor([[4], [5]]) }] }],
      hidden: () => [],
    }),
  };

  it("does not mistake a nested tensor for a mutated input", async () => {
    const r = await judge(nested, `export function scale(p: any) { return p.w.mul(2); }`, nodeEnv, { mode: "examples" });
    expect(r.verdict, r.message).toBe("accepted");
    expect(r.backend).not.toBe("none");
  });

  it("reports a reference that throws as that test's problem, not a crashed run", async () => {
    const broken: LoadedExercise = { ...nested, reference: () => { throw new Error("reference bug"); } };
    const r = await judge(broken, `export function scale(p: any) { return p.w.mul(2); }`, nodeEnv, { mode: "examples" });
    expect(r.verdict).toBe("runtime-error");
    expect(r.tests[0]!.message).toMatch(/reference solution failed.*reference bug/);
  });
});
