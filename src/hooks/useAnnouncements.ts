import { useEffect, useRef } from 'react';
import { announce } from '../engine/announcer';
import type { ErrorStore } from '../engine/createErrorStore';
import type { Translator } from '../i18n/createTranslator';
import type { AuthErrorOptions } from './AuthErrorOptions';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';

/**
 * Says what the engine decided to announce, in words from the state drawn with it, through the
 * page's live region — once the copy's language has loaded, so a screen reader never hears the
 * English that stood in while it did. A wait still running when the copy's language changes is
 * said again in the new language.
 */
export function useAnnouncements(
  store: ErrorStore<AuthErrorOptions>,
  state: AuthErrorOutcomeState,
  translator: Translator,
  languagePending: boolean,
): void {
  // The language the wait shown was last said in (none once something else was said).
  const said = useRef<string | false>(false);
  useEffect(() => {
    if (languagePending) return;
    const { message, countdown, retry } = state;
    const wait = countdown && !countdown.done ? countdown.text : retry?.text;
    const kind = store.takeAnnouncement()?.kind ?? (wait && said.current && said.current !== translator.lng && 'progress');
    if (!kind) return;
    said.current = kind === 'progress' && translator.lng;
    const text = kind === 'ready' ? translator.t('countdown.ready') : kind === 'exhausted' ? message : `${message ?? ''} ${wait ?? ''}`.trim();
    if (text) announce(text, translator);
  });
}
