// Vite: `import html from "/exercises/<id>/statement.md?html"` gives the statement as
// finished HTML, rendered when the app is built (and on request in dev, where editing a
// statement reloads it like any module).
import { readFile } from "node:fs/promises";
import type { Plugin } from "vite";
import { renderStatement } from "./render-statement";

const HTML_QUERY = /\.md\?html$/;

export function statementHtml(): Plugin {
  return {
    name: "tensorkata-statement-html",
    enforce: "pre",
    async load(id) {
      if (!HTML_QUERY.test(id)) return null;
      const file = id.slice(0, id.indexOf("?"));
      this.addWatchFile(file);
      return `export default ${JSON.stringify(renderStatement(await readFile(file, "utf8")))};`;
    },
  };
}
