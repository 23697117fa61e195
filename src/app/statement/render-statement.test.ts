// Every exercise statement renders cleanly through the app's own Markdown pipeline (the one
// the build runs):
// no KaTeX errors and no stray dollar signs (an unclosed or badly fenced formula
// swallows the rest of the statement into one red error).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderStatement } from "./render-statement";

const ids = readdirSync("exercises", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** The statement's visible prose: rendered HTML without code, formulas or tags. */
function prose(html: string): string {
  return html
    .replace(/<pre[\s\S]*?<\/pre>/g, " ")
    .replace(/<code[\s\S]*?<\/code>/g, " ")
    .replace(/<annotation[\s\S]*?<\/annotation>/g, " ")
    .replace(/<[^>]+>/g, " ");
}

describe("exercise statements render", () => {
  it.each(ids)("%s", (id) => {
    const html = renderStatement(readFileSync(`exercises/${id}/statement.md`, "utf8"));
    const errors = [...html.matchAll(/class="katex-error"[^>]*title="([^"]*)"/g)].map((m) => m[1]);
    expect(errors, "KaTeX errors").toEqual([]);
    expect(prose(html), "a dollar sign left as text (unbalanced math)").not.toMatch(/\$/);
    expect(html).toContain('class="katex"');
  });
});

describe("the statement renderer", () => {
  it("renders math, highlighted code and links that open in a new tab", () => {
    const html = renderStatement("Let $x^2$ be.\n\n$$\n\\sum_i a_i\n$$\n\n```ts\nconst a = 1;\n```\n\n[docs](https://example.org/a)");
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).toMatch(/<code class="hljs language-ts">[\s\S]*hljs-keyword/);
    expect(html).toContain('<a href="https://example.org/a" target="_blank" rel="noreferrer noopener">docs</a>');
  });
});
