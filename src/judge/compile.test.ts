import { describe, expect, it } from "vitest";
import { compileSolution } from "./compile";

describe("compileSolution", () => {
  it("strips types and keeps line numbers", () => {
    const r = compileSolution(`const a: number = 1;\n\nexport function f(x: number[]): number {\n  return x.length + a;\n}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.js.split("\n").findIndex((l) => l.includes("return x.length"))).toBe(3);
  });

  it("reports syntax errors at the user's line and column", () => {
    const r = compileSolution(`export function f(a: number {\n  return 1;\n}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.location?.line).toBe(1);
      expect(r.message).toMatch(/^Syntax error: .*line 1, column \d+/);
    }
  });

  it("allows only @tensorflow/tfjs, in any import form, ignoring comments", () => {
    expect(compileSolution(`import * as tf from "@tensorflow/tfjs";\nexport const f = () => tf;`)).toMatchObject({ ok: true, usesTf: true });
    expect(compileSolution(`// import x from "lodash"\nexport const f = 1;`)).toMatchObject({ ok: true, usesTf: false });
    for (const line of [`import _ from "lodash";`, `import "fs";`, `export { x } from "os";`, `const m = require("fs");`, `const m = import("fs");`]) {
      const r = compileSolution(`${line}\nexport const f = 1;`);
      expect(r.ok, line).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Cannot import/);
    }
  });
});
