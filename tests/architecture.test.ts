// The judge core stays pure: no React, DOM, Monaco, zustand or Node built-ins, so the
// browser worker and the Node CLI run exactly the same code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = new URL("../src/judge/", import.meta.url).pathname;
const ALLOWED_PACKAGES = new Set(["fast-check", "sucrase"]);

describe("judge core boundary", () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"));
  it("has source files", () => expect(files.length).toBeGreaterThan(5));
  for (const file of files) {
    it(`${file} imports only relative modules and ${[...ALLOWED_PACKAGES].join(", ")}`, () => {
      const text = readFileSync(join(CORE, file), "utf8");
      const specs = [...text.matchAll(/^\s*(?:import|export)[^"'`;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
      for (const spec of specs) {
        expect(spec.startsWith(".") || ALLOWED_PACKAGES.has(spec), `${file} imports ${spec}`).toBe(true);
      }
      expect(text).not.toMatch(/\b(document|window|localStorage)\./);
    });
  }
});
