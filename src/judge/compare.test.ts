import { describe, expect, it } from "vitest";
import { closeTo, exact } from "./compare";
import { tensor } from "./values";

const near = closeTo({ atol: 1e-4, rtol: 1e-3 });

describe("closeTo", () => {
  it("accepts values within atol + rtol * |expected|", () => {
    expect(near([[1, 2], [3, 1000]], [[1.00005, 2], [3, 1000.9]]).pass).toBe(true);
  });

  it("names the first differing index and the max errors", () => {
    const r = near([[1, 2], [3.5, 4]], [[1, 2], [3, 4.2]]);
    expect(r.pass).toBe(false);
    if (r.pass) return;
    expect(r.mismatch?.path).toBe("[1][0]");
    expect(r.message).toMatch(/at \[1\]\[0\]: expected 3, got 3\.5/);
    expect(r.mismatch?.maxAbsError).toBeCloseTo(0.5);
    expect(r.mismatch?.maxRelError).toBeCloseTo(0.5 / 3);
  });

  it("reports shape mismatches of nested arrays with both shapes", () => {
    const r = near([[1, 2, 3]], [[1, 2], [3, 4]]);
    expect(r.pass).toBe(false);
    if (!r.pass) {
      expect(r.message).toMatch(/expected 2 items, got 1.*\[2, 2\].*\[1, 3\]/);
      expect(r.mismatch?.expectedShape).toEqual([2, 2]);
    }
  });

  it("compares tensors by shape, then values with a multi-dimensional index", () => {
    const want = tensor([[1, 2], [3, 4]]);
    expect(near(tensor([[1, 2], [3, 4]]), want).pass).toBe(true);
    const shape = near(tensor([[1, 2, 3, 4]]), want);
    expect(!shape.pass && shape.message).toMatch(/Shape mismatch: expected \[2, 2\], got \[1, 4\]/);
    const value = near(tensor([[1, 2], [3, 5]]), want);
    expect(!value.pass && value.mismatch?.path).toBe("[1][1]");
    const notTensor = near([[1, 2], [3, 4]], want);
    expect(!notTensor.pass && notTensor.message).toMatch(/Expected a tf.Tensor of shape \[2, 2\], got number\[\]\[\]/);
  });

  it("treats NaN as wrong unless NaN was expected", () => {
    expect(near([NaN], [1]).pass).toBe(false);
    expect(near([NaN], [NaN]).pass).toBe(true);
    expect(near([Infinity], [Infinity]).pass).toBe(true);
  });

  it("says what came back when the type is wrong", () => {
    const r = near(undefined, [1, 2]);
    expect(!r.pass && r.message).toMatch(/got undefined/);
    const s = near("1,2", [1, 2]);
    expect(!s.pass && s.message).toMatch(/got string/);
  });

  it("checks objects key by key", () => {
    const r = near({ centroids: [[0, 0]], labels: [0, 1] }, { centroids: [[0, 0]], labels: [0, 0] });
    expect(!r.pass && r.mismatch?.path).toBe("labels[1]");
    const missing = near({ centroids: [[0, 0]] }, { centroids: [[0, 0]], labels: [0] });
    expect(!missing.pass && missing.message).toMatch(/no "labels" property/);
  });
});

describe("exact", () => {
  it("requires identical values", () => {
    expect(exact()([0, 1, 2], [0, 1, 2]).pass).toBe(true);
    const r = exact()([0, 2, 1], [0, 1, 2]);
    expect(!r.pass && r.message).toMatch(/at \[1\]: expected 1, got 2/);
    expect(exact()([0, 1.0000001], [0, 1]).pass).toBe(false);
  });
});

describe("closeTo error figures", () => {
  it("quotes no zero error when NaN was expected and a number came back", () => {
    const r = closeTo({ atol: 1e-9, rtol: 0 })(0.5, NaN);
    expect(!r.pass && r.message).toMatch(/expected NaN, got 0.5\. Max absolute error Infinity/);
  });

  it("keeps a returned NaN in the max error", () => {
    const r = closeTo({ atol: 1e-9, rtol: 0 })([NaN, 1], [0, 1]);
    expect(!r.pass && r.message).toMatch(/Max absolute error NaN/);
  });

  it("prints tolerances compactly", () => {
    const r = closeTo({ atol: 1e-6, rtol: 0 })([1], [2]);
    expect(!r.pass && r.message).toMatch(/atol 1e-6, rtol 0/);
  });
});
