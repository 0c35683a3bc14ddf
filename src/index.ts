// The order of these lines is the order of the modules in a bundle, which moves the compressed
// size by tens of bytes either way: chosen by measuring (`npm run size`), not by meaning.
// fromResponse and parseRetryAfter: from `/core` only (src/core/index.ts says why).
export { toAuthErrorDigest } from './core/toAuthErrorDigest';
export { safeHref } from './core/safeHref';
export { shouldRetry } from './core/shouldRetry';
export { toFieldErrors } from './core/toFieldErrors';
export { retryDelayMs } from './core/retryDelayMs';
export { toAuthError } from './core/toAuthError';
export { resolveOutcome } from './core/resolveOutcome';
export { AUTH_ERRORS_NAMESPACE } from './i18n/AUTH_ERRORS_NAMESPACE';
export { loadAuthErrorsLocale } from './i18n/loadAuthErrorsLocale';
export { AUTH_ERROR_CODES } from './catalogue/AUTH_ERROR_CODES';
export { catalogue } from './catalogue/catalogue';
export { getFamily } from './catalogue/getFamily';
export { isAuthErrorCode } from './catalogue/isAuthErrorCode';
export { darkTheme } from './theme/darkTheme';
export { lightTheme } from './theme/lightTheme';
export { themeToStyle } from './theme/themeToStyle';
export { useAuthErrorBoundary } from './hooks/useAuthErrorBoundary';
export { useAuthErrorOutcome } from './hooks/useAuthErrorOutcome';
export { useAuthErrorMessage } from './hooks/useAuthErrorMessage';
export { AuthErrorProvider } from './components/AuthErrorProvider';
export { FieldError } from './components/FieldError';
export { AuthErrorBoundary } from './components/AuthErrorBoundary';
export { useFieldError } from './hooks/useFieldError';
export { createCircuitBreaker } from './engine/createCircuitBreaker';

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
  AuthErrorOutcomeBase,
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
export type { SafeHrefOptions } from './core/safeHref';
export type { CircuitBreaker, CircuitBreakerOptions, CircuitState } from './engine/createCircuitBreaker';
export type {
  AuthErrorBehaviour,
  AuthErrorInfo,
  AuthErrorResetDetails,
  AuthErrorResetReason,
} from './engine/EngineOptions';
export type { AuthErrorPresentation } from './engine/presentsAsToast';
export type { AuthErrorsBundle } from './i18n/AuthErrorsBundle';
export type { AuthErrorsOverrides, AuthErrorsResources } from './i18n/AuthErrorsResources';
export type { AuthErrorClassNames, AuthErrorOptions, HandoffContext } from './hooks/AuthErrorOptions';
export type {
  AuthErrorAction,
  AuthErrorCountdownState,
  AuthErrorOutcomeState,
  AuthErrorRetryState,
} from './hooks/AuthErrorOutcomeState';
export type { UseAuthErrorBoundaryResult } from './hooks/useAuthErrorBoundary';
export type { UseFieldErrorResult } from './hooks/useFieldError';
export type { AuthErrorProviderProps } from './components/AuthErrorProvider';
export type { AuthErrorBoundaryProps } from './components/AuthErrorBoundary';
export type { FieldErrorProps } from './components/FieldError';
export type { AuthErrorColorScheme, AuthErrorTheme } from './theme/AuthErrorTheme';
