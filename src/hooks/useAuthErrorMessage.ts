'use client';

import { useMemo } from 'react';
import { resolveOutcome } from '../core/resolveOutcome';
import { normaliseInput } from '../engine/normaliseInput';
import { useKit } from './KitContext';

/**
 * The localised copy for an error, or `null` when there is none to show (no error, or a code
 * the platform says not to show: mfa_required, token_expired…). For apps that draw their own UI.
 *
 * @example
 * const message = useAuthErrorMessage(error)
 * return message && <p role="alert">{message}</p>
 */
export function useAuthErrorMessage(error: unknown): string | null {
  const { translator, options } = useKit();
  const { normalize } = options;
  return useMemo(() => {
    if (error === null || error === undefined) return null;
    const { messageKey, messageValues } = resolveOutcome(normaliseInput(error, normalize));
    return messageKey ? translator.t(messageKey, messageValues) : null;
  }, [error, translator, normalize]);
}
