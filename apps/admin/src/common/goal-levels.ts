/** EDU-11: the competence profile's 0–5 scale as colours, from not started to fully reached. */
export const LEVEL_COLOURS = ['#ef9a9a', '#ffcc80', '#fff59d', '#dcedc8', '#a5d6a7', '#43a047'];
export const NO_LEVEL_COLOUR = '#eeeeee';
export const GOAL_CODES = Array.from({ length: 18 }, (_, i) => `BT${i + 1}`);

export interface GoalLevel {
  level: number;
  goal: { code: string; title?: string };
  note?: string | null;
}

/** The level per goal code (BT1…BT18), undefined where none has been set. */
export function levelsByCode(progress: readonly GoalLevel[] | undefined): Map<string, GoalLevel> {
  return new Map((progress ?? []).map((entry) => [entry.goal.code, entry]));
}

export function levelColour(level: number | undefined): string {
  return level === undefined ? NO_LEVEL_COLOUR : (LEVEL_COLOURS[Math.max(0, Math.min(5, level))] ?? NO_LEVEL_COLOUR);
}
