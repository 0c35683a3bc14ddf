// The `/core` entry: the catalogue and the pure functions, for Node, workers and edge runtimes.
// Nothing here imports React or i18next. `fromResponse` and `parseRetryAfter` are this entry's
// only (reading an HTTP response is data code); `toAuthErrorDigest` (Next.js, whose apps have React)
// and `getFamily` are the root entry's only. Each entry has a size budget (.size-limit.js).
export { catalogue } from '../catalogue/catalogue';
export { AUTH_ERROR_CODES } from '../catalogue/AUTH_ERROR_CODES';
export { isAuthErrorCode } from '../catalogue/isAuthErrorCode';
export { toAuthError } from './toAuthError';
export { toFieldErrors } from './toFieldErrors';
export { fromResponse } from './fromResponse';
export { resolveOutcome } from './resolveOutcome';
export { shouldRetry } from './shouldRetry';
export { retryDelayMs } from './retryDelayMs';
export { parseRetryAfter } from './parseRetryAfter';
export { safeHref } from './safeHref';

export type {
  AuthErrorActionId,
  AuthErrorCode,
  AuthErrorFamily,
  CatalogueEntry,
  CatalogueOutcomeKind,
  HandoffKind,
  RetryPolicy,
} from '../catalogue/catalogue';
export type { IntelliAuthError, IntelliAuthErrorDetails } from './IntelliAuthError';
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
} from './AuthErrorOutcome';
export type { FromResponseOptions } from './fromResponse';
export type { ResolveOutcomeOptions } from './resolveOutcome';
export type { SafeHrefOptions } from './safeHref';
