import type { Translator } from './createTranslator';

/** Waits longer than this are worded as "later" instead of counted down. */
export const MAX_COUNTDOWN_S = 24 * 60 * 60;

/**
 * "1 minute 30 seconds", "45 seconds", "2 hours 5 minutes", in the translator's language; `null`
 * beyond the cap ({@link MAX_COUNTDOWN_S}) or for a number that is not one. Seconds under a
 * minute, minutes and seconds under an hour, hours and minutes (rounded up, so time left is never
 * understated) beyond that. The compound is counted by its smaller part, so a language can join
 * "and 1" differently from "and 30" (Hebrew writes ושנייה but ו-30 שניות).
 */
export function formatDuration({ t }: Translator, totalSeconds: number): string | null {
  // NaN and Infinity fail this test too.
  if (!(totalSeconds <= MAX_COUNTDOWN_S)) return null;
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  // Counted in the smaller unit (minutes from an hour on, rounded up), then split into the larger
  // unit and the rest: 0 larger is not said, nor 0 rest (never "1 minute 0 seconds").
  const [smaller, larger] = seconds < 3600 ? ['seconds', 'minutes'] : ['minutes', 'hours'];
  const total = Math.ceil(seconds / (seconds < 3600 ? 1 : 60));
  const count = Math.floor(total / 60);
  const rest = total % 60;
  const phrase = (unit: string, n: number) => t(`duration.${unit}`, { count: n });
  if (!count) return phrase(smaller, rest);
  return rest ? t('duration.compound', { larger: phrase(larger, count), smaller: phrase(smaller, rest), count: rest }) : phrase(larger, count);
}
