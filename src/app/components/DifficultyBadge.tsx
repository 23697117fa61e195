import type { Difficulty } from "../../judge/types";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`difficulty difficulty-${difficulty}`}>{difficulty[0]!.toUpperCase() + difficulty.slice(1)}</span>;
}
