import { useEffect } from 'react';
import { announce } from '../engine/announcer';
import type { ErrorStore } from '../engine/createErrorStore';
import type { Translator } from '../i18n/createTranslator';
import type { AuthErrorOptions } from './AuthErrorOptions';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';

/**
 * Says what the engine decided to announce, in words from the state drawn with it, through the
 * page's live region — once the copy's language has loaded, so a screen reader never hears the
 * English that stood in while it did.
 */
export function useAnnouncements(
  store: ErrorStore<AuthErrorOptions>,
  state: AuthErrorOutcomeState,
  translator: Translator,
  languagePending: boolean,
): void {
  useEffect(() => {
    if (languagePending) return;
    const next = store.takeAnnouncement();
    if (!next) return;
    const { message, countdown, retry } = state;
    let text: string | null;
    if (next.kind === 'ready') text = translator.t('countdown.ready');
    else if (next.kind === 'exhausted') text = message;
    else text = `${message ?? ''} ${(countdown && !countdown.done ? countdown.text : retry?.text) ?? ''}`.trim();
    if (text) announce(text, translator);
  });
}
