// An exercise statement, Markdown with LaTeX math (KaTeX) and highlighted code blocks,
// rendered to HTML. This runs at build time (see statement-html-plugin.ts): statements are
// static data, so the page receives finished HTML and ships no Markdown or KaTeX code.
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";

const remarkPlugins = [remarkMath];
const rehypePlugins: ComponentProps<typeof Markdown>["rehypePlugins"] = [
  [rehypeKatex, { throwOnError: false, strict: "ignore" }],
  [rehypeHighlight, { detect: false }],
];

/** Links in statements open in a new tab, without telling the other site where from. */
function ExternalLink({ node: _node, ...props }: ComponentProps<"a"> & { node?: unknown }) {
  // react-markdown also passes its syntax-tree node, which is not an HTML attribute.
  return createElement("a", { ...props, target: "_blank", rel: "noreferrer noopener" });
}

export function renderStatement(markdown: string): string {
  return renderToStaticMarkup(createElement(Markdown, { remarkPlugins, rehypePlugins, components: { a: ExternalLink } }, markdown));
}
