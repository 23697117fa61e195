// An exercise statement: Markdown with LaTeX math (KaTeX) and highlighted code blocks.
// Loaded lazily, with the editor, so the list opens without it.
import "katex/dist/katex.min.css";
import Markdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";

const remarkPlugins = [remarkMath];
const rehypePlugins: Parameters<typeof Markdown>[0]["rehypePlugins"] = [
  [rehypeKatex, { throwOnError: false, strict: "ignore" }],
  [rehypeHighlight, { detect: false }],
];

export default function MarkdownStatement({ markdown }: { markdown: string }) {
  return (
    <div className="statement markdown">
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={{ a: ExternalLink }}>
        {markdown}
      </Markdown>
    </div>
  );
}

/** Links in statements open in a new tab, without telling the other site where from. */
function ExternalLink(props: React.ComponentProps<"a">) {
  return <a {...props} target="_blank" rel="noreferrer noopener" />;
}
