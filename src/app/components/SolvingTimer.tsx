// The countdown from the suggested time: starts at the first edit, turns red and
// counts overtime at zero, and shows the solving time once Accepted.
import { useState } from "react";
import { useInterval } from "../hooks/use-interval";
import { useAppStore } from "../store/use-app-store";
import { display, newClock } from "../timer";

const TITLES = {
  "not-started": "The countdown starts at your first edit.",
  "counting-down": "Time left of the suggested time.",
  overtime: "Past the suggested time.",
  solved: "Time from your first edit to your first Accepted.",
};

export function SolvingTimer({ exerciseId, minutes }: { exerciseId: string; minutes: number }) {
  const clock = useAppStore((s) => s.progress[exerciseId]?.clock) ?? newClock();
  const [now, setNow] = useState(() => Date.now());
  const shown = display(clock, minutes * 60_000, now);
  useInterval(() => setNow(Date.now()), shown.running ? 250 : null);
  return (
    <div className={`timer timer-${shown.phase}`} data-testid="timer" data-phase={shown.phase} title={TITLES[shown.phase]} role="timer" aria-live="off">
      <ClockIcon solved={shown.phase === "solved"} />
      <span className="timer-text">{shown.text}</span>
    </div>
  );
}

function ClockIcon({ solved }: { solved: boolean }) {
  return (
    <svg className="timer-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      {solved ? <path d="M3 8.5l3 3 7-7" /> : <><circle cx="8" cy="9" r="5.5" /><path d="M8 6v3l2 1.5M6.5 1.8h3" /></>}
    </svg>
  );
}
