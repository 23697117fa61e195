import { describe, expect, it } from "vitest";
import { describeArgs, describeValue, firstDifference, tensor, tensorToNested } from "./values";

describe("tensor descriptors", () => {
  it("round-trip nested arrays and infer bool dtype", () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.$tensor.shape).toEqual([2, 3]);
    expect(tensorToNested(t)).toEqual([[1, 2, 3], [4, 5, 6]]);
    const m = tensor([[true, false]]);
    expect(m.$tensor.dtype).toBe("bool");
    expect(tensorToNested(m)).toEqual([[true, false]]);
  });

  it("rejects ragged input", () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(/ragged/);
  });
});

describe("describeValue", () => {
  it("shows small values in full", () => {
    expect(describeValue([[1, 2], [3]])).toBe("[[1, 2], [3]]");
    expect(describeValue({ a: 1.5, b: "x" })).toBe('{ a: 1.5, b: "x" }');
  });

  it("summarises large values by shape and a few values", () => {
    const big = Array.from({ length: 1000 }, (_, i) => [i, i + 1]);
    const text = describeValue(big);
    expect(text).toMatch(/^array\[1000\]\[2\] \(2000 values\): \[\[0, 1\], \[1, 2\], \[2, 3\], \[3, 4\], …\]$/);
    expect(describeValue(tensor(Array.from({ length: 100 }, () => 0.5)))).toMatch(/tensor float32 \[100\] values: 0.5, 0.5/);
  });

  it("names the arguments", () => {
    expect(describeArgs([[[1], [0]], 0], ["graph", "start"])).toBe("graph = [[1], [0]]\nstart = 0");
  });
});

describe("firstDifference", () => {
  it("finds the first differing path, or null", () => {
    expect(firstDifference([[1, 2], [3]], [[1, 2], [3]])).toBeNull();
    expect(firstDifference([[1, 2], [3]], [[1, 2], [4]])).toBe("[1][0]");
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toMatch(/^a \(length 1 vs 2\)/);
  });
});
