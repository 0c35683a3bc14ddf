import { durationParts } from '../engine/countdown';
import type { Translator } from './createTranslator';

/**
 * "1 minute 30 seconds", "45 seconds", "2 hours 5 minutes", in the translator's language; `null`
 * beyond the cap. The compound is counted by its smaller part, so a language can join "and 1"
 * differently from "and 30" (Hebrew writes ושנייה but ו-30 שניות).
 */
export function formatDuration(translator: Translator, seconds: number): string | null {
  const parts = durationParts(seconds);
  const { t } = translator;
  if (parts.unit === 'later') return null;
  if (parts.unit === 'seconds') return t('duration.seconds', { count: parts.seconds });
  // Minutes and seconds under an hour, hours and minutes beyond: the smaller part may be 0.
  const [larger, count, smaller, smallCount] =
    parts.unit === 'minutes' ? (['minutes', parts.minutes, 'seconds', parts.seconds] as const) : (['hours', parts.hours, 'minutes', parts.minutes] as const);
  const first = t(`duration.${larger}`, { count });
  return smallCount === 0 ? first : t('duration.compound', { larger: first, smaller: t(`duration.${smaller}`, { count: smallCount }), count: smallCount });
}
