// Copies a link that opens this exercise with this code. The code travels in the
// URL fragment only, so it never reaches a server.
import { useEffect, useRef, useState } from "react";
import { shareUrl } from "../share-link";

export function ShareButton({ exerciseId, code }: { exerciseId: string; code(): string }) {
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!link) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !box.current?.contains(e.target as Node)) setLink(null);
    };
    window.addEventListener("mousedown", close);
    window.addEventListener("keydown", close);
    return () => {
      window.removeEventListener("mousedown", close);
      window.removeEventListener("keydown", close);
    };
  }, [link]);

  const share = async () => {
    const url = shareUrl(window.location, exerciseId, code());
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      /* no clipboard permission: the link is shown to copy by hand */
    }
    setLink({ url, copied });
  };

  return (
    <div className="popover-anchor" ref={box}>
      <button type="button" data-testid="share" onClick={share} title="Copy a link to this exercise with your code">Share</button>
      {link && (
        <div className="popover share-popover" role="dialog" aria-label="Share link">
          <p>{link.copied ? "Link copied. Anyone who opens it sees this code (it is not run until they press Run)." : "Copy this link:"}</p>
          <input readOnly value={link.url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} autoFocus={!link.copied} aria-label="Share link" />
          <p className="muted">The code is inside the link itself ({(link.url.length / 1024).toFixed(1)} KB); nothing is uploaded.</p>
        </div>
      )}
    </div>
  );
}
