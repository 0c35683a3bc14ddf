import {
  catalogue,
  type AuthErrorActionId,
  type CatalogueEntry,
  type CatalogueOutcomeKind,
} from '../catalogue/catalogue';
import { isAuthErrorCode } from '../catalogue/isAuthErrorCode';
import type { AuthErrorOutcome, ReauthenticateOutcome } from './AuthErrorOutcome';
import { fieldMessages } from './fieldMessages';
import type { IntelliAuthError } from './IntelliAuthError';

/** Options for {@link resolveOutcome}. */
export interface ResolveOutcomeOptions {
  /**
   * Whether transient errors will be retried automatically: their outcome is then progress
   * (`role="status"`) rather than an error the user must act on.
   * @defaultValue false
   */
  autoRetry?: boolean;
  /**
   * Show account details that help an attacker enumerate accounts (remaining attempts on
   * invalid_credentials). Off unless the app opts in.
   * @defaultValue false
   */
  revealAccountDetails?: boolean;
}

type Kind = CatalogueOutcomeKind | 'generic' | 'none';

// The actions of each outcome kind whose catalogue entry names none; every other kind has none.
const DEFAULT_ACTIONS: Readonly<Partial<Record<Kind, readonly AuthErrorActionId[]>>> = {
  retry: ['tryAgain'],
  reauthenticate: ['signIn'],
  restart: ['startOver'],
  blocked: ['contactSupport'],
  config_error: ['contactSupport'],
  generic: ['tryAgain'],
};

const REPLACES_CHILDREN = new Set<Kind>(['restart', 'reauthenticate', 'blocked', 'config_error', 'handoff']);
const TITLED = new Set<Kind>(['restart', 'reauthenticate', 'blocked', 'config_error', 'generic', 'field_errors']);

/**
 * Decides what an error means for the UI, from the catalogue alone: pure, no React, no I/O.
 * Codes the catalogue does not know resolve to `generic`; `aborted` resolves to `none`.
 *
 * @example
 * const outcome = resolveOutcome(toAuthError(body))
 * switch (outcome.kind) {
 *   case 'countdown': return startTimer(outcome.retryAfterS)
 *   // …
 * }
 */
export function resolveOutcome(error: IntelliAuthError, options: ResolveOutcomeOptions = {}): AuthErrorOutcome {
  const code = typeof error?.code === 'string' ? error.code : 'unknown';
  // Codes the catalogue does not know have no entry: none of its fields.
  const entry: Partial<CatalogueEntry> = isAuthErrorCode(code) ? catalogue[code] : {};
  const { display, timeoutS } = entry;
  const kind: Kind = entry.outcome ?? (code === 'aborted' ? 'none' : 'generic');
  const { retry_after_s: retryAfterS, remaining_attempts: remaining, fields } = error.details ?? {};
  // A count, or nothing: never "NaN attempts left", "-1 attempts left" or "-0 attempts left".
  const count = Number.isSafeInteger(remaining) && (remaining as number) >= 0 ? (remaining as number) + 0 : undefined;

  const base = {
    code,
    error,
    family: entry.family,
    messageKey:
      kind === 'none' || display === 'hidden'
        ? null
        : kind === 'generic'
          ? 'generic'
          : `${kind === 'delivery' ? 'delivery' : 'codes'}.${code}`,
    messageValues: timeoutS ? { count: timeoutS } : undefined,
    titleKey: TITLED.has(kind) ? `titles.${entry.title ?? kind}` : null,
    hint:
      code === 'invalid_credentials' && options.revealAccountDetails && count !== undefined
        ? { key: 'hints.attemptsRemaining', values: { count } }
        : entry.hint
          ? { key: `hints.${entry.hint}` }
          : null,
    actions: entry.actions ?? DEFAULT_ACTIONS[kind] ?? [],
    // `alert` when the user must act, `status` for progress; nothing for what shows no copy.
    role:
      kind === 'countdown' || (kind === 'retry' && options.autoRetry === true) || (kind === 'handoff' && display === 'shown')
        ? 'status'
        : kind === 'handoff' || kind === 'silent' || kind === 'none' || kind === 'delivery'
          ? null
          : 'alert',
    placement: kind === 'silent' || kind === 'none' ? 'none' : REPLACES_CHILDREN.has(kind) ? 'replace' : 'inline',
  } as const;

  switch (kind) {
    case 'field_errors':
      return { ...base, kind, fields: fieldMessages(fields).map(([name, messages]) => ({ name, messages })) };
    case 'notice':
      return { ...base, kind, fields: code === 'conflict' ? Object.keys(fields ?? {}) : [] };
    case 'countdown':
      return { ...base, kind, retryAfterS };
    case 'retry':
      return {
        ...base,
        kind,
        strategy: entry.retry === 'retry_after' ? 'retry_after' : 'backoff',
        retryAfterS,
        circuitBreaker: code === 'server_error',
      };
    case 'handoff':
      return { ...base, kind, handoff: entry.handoff ?? 'mfa' };
    case 'silent':
      return {
        ...base,
        kind,
        strategy: entry.retry === 'refresh' ? 'refresh' : 'retry_once',
        fallback: resolveOutcome({ ...error, code: 'session_expired' }, options) as ReauthenticateOutcome,
      };
    case 'config_error':
      return { ...base, kind, topic: entry.topic };
    case 'delivery':
      return { ...base, kind, topic: entry.topic ?? 'webhook-delivery-failures' };
    default:
      // The kinds with nothing of their own: a kind added to the union fails here until placed.
      return { ...base, kind: kind satisfies 'form_error' | 'action' | 'restart' | 'blocked' | 'generic' | 'none' | 'reauthenticate' };
  }
}
