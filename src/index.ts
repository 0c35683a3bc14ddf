export { catalogue } from './catalogue/catalogue';
export { AUTH_ERROR_CODES } from './catalogue/AUTH_ERROR_CODES';
export { isAuthErrorCode } from './catalogue/isAuthErrorCode';
export { getFamily } from './catalogue/getFamily';
export { toAuthError } from './core/toAuthError';
export { fromResponse } from './core/fromResponse';
export { resolveOutcome } from './core/resolveOutcome';
export { shouldRetry } from './core/shouldRetry';
export { retryDelayMs } from './core/retryDelayMs';
export { parseRetryAfter } from './core/parseRetryAfter';
export { createCircuitBreaker } from './core/createCircuitBreaker';
export { safeHref } from './core/safeHref';
export { AUTH_ERRORS_NAMESPACE } from './i18n/AUTH_ERRORS_NAMESPACE';

export type {
  AuthErrorActionId,
  AuthErrorCode,
  AuthErrorFamily,
  CatalogueEntry,
  CatalogueOutcomeKind,
  HandoffKind,
  RetryPolicy,
} from './catalogue/catalogue';
export type { IntelliAuthError, IntelliAuthErrorDetails } from './core/IntelliAuthError';
export type {
  ActionOutcome,
  AuthErrorOutcome,
  AuthErrorOutcomeKind,
  BlockedOutcome,
  ConfigErrorOutcome,
  CountdownOutcome,
  DeliveryOutcome,
  FieldErrorsOutcome,
  FieldMessages,
  FormErrorOutcome,
  GenericOutcome,
  HandoffOutcome,
  NoneOutcome,
  NoticeOutcome,
  ReauthenticateOutcome,
  RestartOutcome,
  RetryOutcome,
  SilentOutcome,
} from './core/AuthErrorOutcome';
export type { ResolveOutcomeOptions } from './core/resolveOutcome';
export type { CircuitBreaker, CircuitBreakerOptions, CircuitState } from './core/createCircuitBreaker';
export type { SafeHrefOptions } from './core/safeHref';
export type { AuthErrorsBundle } from './i18n/en';
