// Two panes side by side (or stacked) with a draggable divider; the divider also
// moves with the arrow keys. `fraction` is the first pane's share.
import { useRef, type ReactNode, type KeyboardEvent, type PointerEvent } from "react";

interface SplitPaneProps {
  direction: "row" | "column";
  fraction: number;
  onFraction(f: number): void;
  /** Smallest size of either pane, px. */
  minPx?: number;
  label: string;
  first: ReactNode;
  second: ReactNode;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function SplitPane({ direction, fraction, onFraction, minPx = 160, label, first, second }: SplitPaneProps) {
  const box = useRef<HTMLDivElement>(null);
  const row = direction === "row";
  const fractionAt = (e: PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    const size = row ? r.width : r.height;
    const pos = row ? e.clientX - r.left : e.clientY - r.top;
    const min = Math.min(0.45, minPx / size);
    return clamp(pos / size, min, 1 - min);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) onFraction(fractionAt(e));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = (row ? ["ArrowLeft", "ArrowRight"] : ["ArrowUp", "ArrowDown"]).indexOf(e.key);
    if (step < 0) return;
    e.preventDefault();
    onFraction(clamp(fraction + (step === 0 ? -0.03 : 0.03), 0.15, 0.85));
  };
  const pct = `${(fraction * 100).toFixed(2)}%`;
  return (
    <div ref={box} className={`split split-${direction}`}>
      <div className="split-pane" style={{ flexBasis: pct }}>{first}</div>
      <div
        className="split-divider"
        role="separator"
        aria-label={label}
        aria-orientation={row ? "vertical" : "horizontal"}
        aria-valuenow={Math.round(fraction * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane split-pane-rest">{second}</div>
    </div>
  );
}
