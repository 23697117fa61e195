// Every exercise statement renders cleanly through the app's own Markdown pipeline:
// no KaTeX errors and no stray dollar signs (an unclosed or badly fenced formula
// swallows the rest of the statement into one red error).
import { readdirSync, readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import MarkdownStatement from "./MarkdownStatement";

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
    const html = renderToStaticMarkup(<MarkdownStatement markdown={readFileSync(`exercises/${id}/statement.md`, "utf8")} />);
    const errors = [...html.matchAll(/class="katex-error"[^>]*title="([^"]*)"/g)].map((m) => m[1]);
    expect(errors, "KaTeX errors").toEqual([]);
    expect(prose(html), "a dollar sign left as text (unbalanced math)").not.toMatch(/\$/);
    expect(html).toContain('class="katex"');
  });
});
