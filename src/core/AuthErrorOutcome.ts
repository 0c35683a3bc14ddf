import type { AuthErrorActionId, AuthErrorFamily, HandoffKind } from '../catalogue/catalogue';
import type { IntelliAuthError } from './IntelliAuthError';

/** One field's messages from `details.fields`. */
export interface FieldMessages {
  /** The field's name as the server sent it (`email`, `password`). */
  readonly name: string;
  /** Its non-empty messages, in order (may be empty: show a generic "check this field"). Server text: render as text only. */
  readonly messages: readonly string[];
}

/** What every outcome has, whatever its kind. */
export interface AuthErrorOutcomeBase<Kind extends string> {
  /** What the UI does. Switch on this. */
  readonly kind: Kind;
  /** The error's code as normalised (`'unknown'` for anything that is not an auth error). */
  readonly code: string;
  /** The normalised error. */
  readonly error: IntelliAuthError;
  /** The code's family, `undefined` for codes the catalogue does not know. */
  readonly family: AuthErrorFamily | undefined;
  /** Locale key of the message (`codes.account_locked`), or `null` when nothing is shown. */
  readonly messageKey: string | null;
  /**
   * The values the message interpolates, to pass with `messageKey`: `{ count: 10 }` for
   * receiver_timeout's "within 10 seconds" (a counted phrase, formatted for the language).
   * `undefined` when the message has none.
   */
  readonly messageValues: Readonly<Record<string, unknown>> | undefined;
  /** Locale key of the heading, for outcomes that replace the page content. */
  readonly titleKey: string | null;
  /** Locale key of a secondary line (`hints.backupCodeSingleUse`), with its values. */
  readonly hint: { readonly key: string; readonly values?: Readonly<Record<string, unknown>> } | null;
  /** What the user can do, in order (primary first). */
  readonly actions: readonly AuthErrorActionId[];
  /** The live-region role of the outcome's root: `alert` when the user must act, `status` for progress. */
  readonly role: 'alert' | 'status' | null;
  /**
   * Where an error given as a value appears: `inline` above the children (which stay mounted),
   * `replace` instead of them, `none` (nothing rendered).
   */
  readonly placement: 'inline' | 'replace' | 'none';
}

/** A message beside the form; the user corrects their input and submits again. */
export interface FormErrorOutcome extends AuthErrorOutcomeBase<'form_error'> {}

/** One message per field from `details.fields`, plus a summary. */
export interface FieldErrorsOutcome extends AuthErrorOutcomeBase<'field_errors'> {
  readonly fields: readonly FieldMessages[];
}

/** Copy plus a live countdown to `details.retry_after_s` (no timer when it is absent). */
export interface CountdownOutcome extends AuthErrorOutcomeBase<'countdown'> {
  readonly retryAfterS: number | undefined;
}

/** A transient failure: try again, by hand or automatically with backoff. */
export interface RetryOutcome extends AuthErrorOutcomeBase<'retry'> {
  /** `backoff`: retry after an exponential delay; `retry_after`: only once Retry-After has passed. */
  readonly strategy: 'backoff' | 'retry_after';
  /** Seconds the server asked us to wait, if it said. */
  readonly retryAfterS: number | undefined;
  /** Whether repeated failures should trip the shared circuit breaker (server_error). */
  readonly circuitBreaker: boolean;
}

/** The app's own MFA, enrolment, step-up or captcha UI takes over. */
export interface HandoffOutcome extends AuthErrorOutcomeBase<'handoff'> {
  readonly handoff: HandoffKind;
}

/** Copy plus one or more buttons that do something (resend, reset password, another method). */
export interface ActionOutcome extends AuthErrorOutcomeBase<'action'> {}

/** The session is gone or needs consent: sign in (or continue) interactively. */
export interface ReauthenticateOutcome extends AuthErrorOutcomeBase<'reauthenticate'> {}

/** Handled without UI: refresh the token, or retry once. `fallback` is shown when that fails. */
export interface SilentOutcome extends AuthErrorOutcomeBase<'silent'> {
  readonly strategy: 'refresh' | 'retry_once';
  readonly fallback: ReauthenticateOutcome;
}

/** The flow cannot continue: a link back to its start. Never retried automatically. */
export interface RestartOutcome extends AuthErrorOutcomeBase<'restart'> {}

/** The user cannot go on (disabled account, a custom Action said no). No retry. */
export interface BlockedOutcome extends AuthErrorOutcomeBase<'blocked'> {}

/** The app is misconfigured: "contact support" for users, a console error for developers. */
export interface ConfigErrorOutcome extends AuthErrorOutcomeBase<'config_error'> {
  readonly topic: string | undefined;
}

/** A plain message (permission denied, not found, conflict). */
export interface NoticeOutcome extends AuthErrorOutcomeBase<'notice'> {
  /** Names of the conflicting fields (conflict), from `details.fields`. */
  readonly fields: readonly string[];
}

/** A webhook delivery status, for admin consoles. */
export interface DeliveryOutcome extends AuthErrorOutcomeBase<'delivery'> {
  readonly topic: string;
}

/** Anything the catalogue does not know. */
export interface GenericOutcome extends AuthErrorOutcomeBase<'generic'> {}

/** Nothing to show (a cancelled request). */
export interface NoneOutcome extends AuthErrorOutcomeBase<'none'> {}

/** What an error means for the UI. A discriminated union on `kind`. */
export type AuthErrorOutcome =
  | FormErrorOutcome
  | FieldErrorsOutcome
  | CountdownOutcome
  | RetryOutcome
  | HandoffOutcome
  | ActionOutcome
  | ReauthenticateOutcome
  | SilentOutcome
  | RestartOutcome
  | BlockedOutcome
  | ConfigErrorOutcome
  | NoticeOutcome
  | DeliveryOutcome
  | GenericOutcome
  | NoneOutcome;

/** The `kind` of an {@link AuthErrorOutcome}. */
export type AuthErrorOutcomeKind = AuthErrorOutcome['kind'];
