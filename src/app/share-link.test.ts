import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseRoute } from "./route";
import { base64UrlToBytes, bytesToBase64Url, decodeSharedCode, encodeSharedCode, shareHash, shareUrl } from "./share-link";

const SOURCE = `export function dfs(graph: number[][], start: number): number[] {\n  return [start];\n}\n`;
const at = (hash: string) => ({ origin: "https://tensorkata.example", pathname: "/", hash });

describe("share link codec", () => {
  it("round-trips a source through a link", () => {
    const url = shareUrl(at(""), "dfs", SOURCE);
    expect(url.startsWith("https://tensorkata.example/#/exercise/dfs?code=1")).toBe(true);
    const hash = url.slice(url.indexOf("#"));
    expect(parseRoute(at(hash))).toEqual({ page: "exercise", id: "dfs", shared: { ok: true, code: SOURCE } });
  });

  it("writes the documented format: version 1, base64url without padding of raw DEFLATE of UTF-8", () => {
    const value = encodeSharedCode(SOURCE);
    expect(value[0]).toBe("1");
    expect(value.slice(1)).toMatch(/^[A-Za-z0-9_-]+$/);
    // An independent encoder (Node's Buffer) agrees on the payload.
    const expected = Buffer.from(deflateSync(new TextEncoder().encode(SOURCE), { level: 9 })).toString("base64url");
    expect(value.slice(1)).toBe(expected);
  });

  it("opens links made by other encoders (any DEFLATE level, padded base64)", () => {
    const raw = deflateSync(new TextEncoder().encode(SOURCE), { level: 1 });
    expect(decodeSharedCode("1" + Buffer.from(raw).toString("base64url"))).toEqual({ ok: true, code: SOURCE });
    expect(decodeSharedCode("1" + Buffer.from(raw).toString("base64"))).toEqual({ ok: true, code: SOURCE });
  });

  it("keeps unicode intact", () => {
    const source = "// ∑ softmax — naïve? 日本語 🚀\nexport const ε = 1e-5; // \u0000 and \uFFFD\n";
    expect(decodeSharedCode(encodeSharedCode(source))).toEqual({ ok: true, code: source });
  });

  it("round-trips the empty source and every byte length modulo 3", () => {
    for (const s of ["", "a", "ab", "abc", "abcd"]) expect(decodeSharedCode(encodeSharedCode(s))).toEqual({ ok: true, code: s });
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
      expect(bytesToBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    }
  });

  it("reports a truncated link instead of throwing", () => {
    const value = encodeSharedCode(SOURCE.repeat(20));
    for (const cut of [2, 10, Math.floor(value.length / 2), value.length - 3]) {
      const decoded = decodeSharedCode(value.slice(0, cut));
      expect(decoded.ok, `cut at ${cut}`).toBe(false);
    }
  });

  it("reports garbage instead of throwing", () => {
    for (const garbage of ["1", "1!!!!", "1%E0%A4%A", "hello", "1AAAAAAAA", "1" + "z".repeat(50), "1////", "x1abc", "1é"]) {
      const decoded = decodeSharedCode(garbage);
      expect(decoded.ok, garbage).toBe(false);
      if (!decoded.ok) expect(decoded.reason).toMatch(/damaged|empty|format/);
    }
    expect(decodeSharedCode("")).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
  });

  it("names an unknown future format version", () => {
    const decoded = decodeSharedCode("2abcdef");
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(/format 2/);
  });

  it("carries a 1 MB source", () => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const line = `const v${i} = ${(i * 7919) % 100003} * Math.sin(${i}); // ${"λ".repeat(i % 7)}`;
      lines.push(line);
      size += line.length + 1;
    }
    const source = lines.join("\n");
    const hash = shareHash("dfs", source);
    expect(hash.length).toBeLessThan(source.length);
    const route = parseRoute(at(hash));
    expect(route).toEqual({ page: "exercise", id: "dfs", shared: { ok: true, code: source } });
  });
});

describe("routes", () => {
  it("reads the list and exercise routes", () => {
    expect(parseRoute(at(""))).toEqual({ page: "list" });
    expect(parseRoute(at("#/"))).toEqual({ page: "list" });
    expect(parseRoute(at("#/nowhere/else"))).toEqual({ page: "list" });
    expect(parseRoute(at("#/exercise/layer-norm"))).toEqual({ page: "exercise", id: "layer-norm" });
    expect(parseRoute(at("#/exercise/layer-norm?other=1"))).toEqual({ page: "exercise", id: "layer-norm" });
  });

  it("reads an exercise route with a damaged code parameter", () => {
    const route = parseRoute(at("#/exercise/dfs?code=1garbage%%"));
    expect(route.page).toBe("exercise");
    expect(route.page === "exercise" && route.shared?.ok).toBe(false);
  });
});
