// The keyboard shortcuts, behind a "?" button.
import { useEffect, useRef, useState } from "react";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? "⌘" : "Ctrl";

const SHORTCUTS: [string, string][] = [
  [`${mod} + Enter`, "Run the examples"],
  [`${mod} + Shift + Enter`, "Submit to the hidden tests"],
  [`${mod} + S`, "Save the draft now (it also saves as you type)"],
  [`${mod} + Space`, "Suggestions (try tf. for tfjs)"],
  ["F8", "Go to the next error"],
  ["F1", "All editor commands"],
  ["Esc", "Close this help"],
];

export function HelpPopover() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener("keydown", onKey);
    window.addEventListener("mousedown", onClick);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("mousedown", onClick);
    };
  }, [open]);
  return (
    <div className="popover-anchor" ref={box}>
      <button type="button" className="icon-button" aria-expanded={open} aria-label="Keyboard shortcuts" title="Keyboard shortcuts" onClick={() => setOpen(!open)}>?</button>
      {open && (
        <div className="popover" role="dialog" aria-label="Keyboard shortcuts">
          <h2>Keyboard shortcuts</h2>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}><td><kbd>{keys}</kbd></td><td>{what}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="muted">Your code runs only in this browser, in a worker that cannot reach any other site. Drafts and progress stay in this browser's storage.</p>
        </div>
      )}
    </div>
  );
}
