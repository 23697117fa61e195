import { useEffect, useRef } from "react";

/** Calls `f` every `ms` while mounted (and `ms` is not null). */
export function useInterval(f: () => void, ms: number | null): void {
  const latest = useRef(f);
  latest.current = f;
  useEffect(() => {
    if (ms === null) return;
    const t = setInterval(() => latest.current(), ms);
    return () => clearInterval(t);
  }, [ms]);
}
