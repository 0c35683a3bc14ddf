import { durationParts } from '../engine/countdown';
import type { Translator } from './createTranslator';

/**
 * "1 minute 30 seconds", "45 seconds", "2 hours 5 minutes", in the translator's language; `null`
 * beyond the cap. The compound is counted by its smaller part, so a language can join "and 1"
 * differently from "and 30" (Hebrew writes ושנייה but ו-30 שניות).
 */
export function formatDuration({ t }: Translator, seconds: number): string | null {
  const parts: Partial<Record<string, number | string>> = durationParts(seconds);
  // The units it has, larger first: seconds; minutes and seconds; hours and minutes; none past the cap.
  const [larger, smaller = ''] = ['hours', 'minutes', 'seconds'].filter((unit) => unit in parts);
  // A compound only when the smaller part is there and not 0: "1 minute", never "1 minute 0 seconds".
  const count = parts[smaller];
  const phrase = (unit: string) => t(`duration.${unit}`, { count: parts[unit] });
  return larger === undefined ? null : count ? t('duration.compound', { larger: phrase(larger), smaller: phrase(smaller), count }) : phrase(larger);
}
