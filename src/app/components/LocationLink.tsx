import type { ReactNode } from "react";
import type { SourceLocation } from "../../judge/types";

/** A message that jumps to its line in the editor when clicked. */
export function LocationLink({ location, onReveal, children }: { location: SourceLocation; onReveal(loc: SourceLocation): void; children: ReactNode }) {
  return (
    <button type="button" className="location-link" onClick={() => onReveal(location)} title={`Go to line ${location.line}`}>
      <span className="location-line">Line {location.line}</span> {children}
    </button>
  );
}
