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
  switch (parts.unit) {
    case 'later':
      return null;
    case 'seconds':
      return t('duration.seconds', { count: parts.seconds });
    case 'minutes':
      return parts.seconds === 0
        ? t('duration.minutes', { count: parts.minutes })
        : t('duration.compound', {
            larger: t('duration.minutes', { count: parts.minutes }),
            smaller: t('duration.seconds', { count: parts.seconds }),
            count: parts.seconds,
          });
    case 'hours':
      return parts.minutes === 0
        ? t('duration.hours', { count: parts.hours })
        : t('duration.compound', {
            larger: t('duration.hours', { count: parts.hours }),
            smaller: t('duration.minutes', { count: parts.minutes }),
            count: parts.minutes,
          });
    default:
      return parts satisfies never;
  }
}
