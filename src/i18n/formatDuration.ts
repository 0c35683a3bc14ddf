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
  const s = Math.max(0, Math.ceil(totalSeconds));
  const m = Math.ceil(s / 60);
  // The larger unit and its count, then the smaller and its count (0: not said, never "1 minute 0 seconds").
  const [larger, count, smaller, rest] =
    s < 60 ? ['seconds', s] : s < 3600 ? ['minutes', Math.floor(s / 60), 'seconds', s % 60] : ['hours', Math.floor(m / 60), 'minutes', m % 60];
  const phrase = (unit: string, n: number) => t(`duration.${unit}`, { count: n });
  return rest ? t('duration.compound', { larger: phrase(larger, count), smaller: phrase(smaller as string, rest), count: rest }) : phrase(larger, count);
}
