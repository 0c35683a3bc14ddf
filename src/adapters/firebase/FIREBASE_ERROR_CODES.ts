import type { CodeTable } from '../adapt';

/**
 * Firebase Authentication's error codes (`FirebaseError.code`, without the `auth/` prefix), grouped
 * by the catalogue code each becomes.
 *
 * Sources: https://firebase.google.com/docs/reference/js/auth#autherrorcodes and
 * firebase/firebase-js-sdk `packages/auth/src/core/errors.ts` (`AuthErrorCode`).
 */
export const FIREBASE_ERROR_CODES = [
  // With email enumeration protection on, Firebase itself answers `invalid-credential` for both.
  'invalid_credentials invalid-credential invalid-login-credentials user-not-found wrong-password user-mismatch',
  'account_disabled user-disabled',
  'email_unverified unverified-email email-change-needs-verification',
  'mfa_required multi-factor-auth-required',
  'step_up_required requires-recent-login',
  'captcha_required captcha-check-failed missing-app-credential invalid-app-credential missing-recaptcha-token invalid-recaptcha-token invalid-recaptcha-action',
  'invalid_redirect_uri unauthorized-domain invalid-continue-uri unauthorized-continue-uri missing-continue-uri invalid-dynamic-link-domain invalid-hosting-link-domain',
  // The app's or the project's configuration: missing-android-pkg-name, app-deleted, invalid-sender…; how
  // the app sets the SDK up (already-initialized, dependent-sdk-initialized-before-auth, the emulator's, Cordova's);
  // an SDK too old for the project's password policy (unsupported-password-policy-schema-version); an email
  // action's mobile app that is not installed (app-not-installed).
  'invalid_client invalid-api-key app-not-authorized invalid-oauth-client-id invalid-app-id invalid-cert-hash auth-domain-config-required invalid-tenant-id tenant-id-mismatch custom-token-mismatch invalid-custom-token missing-android-pkg-name missing-ios-bundle-id app-deleted invalid-sender invalid-message-payload already-initialized dependent-sdk-initialized-before-auth emulator-config-failed invalid-emulator-scheme invalid-cordova-configuration cordova-not-ready unsupported-password-policy-schema-version app-not-installed',
  'unauthorized_client operation-not-allowed admin-restricted-operation recaptcha-not-enabled missing-client-type missing-recaptcha-version invalid-recaptcha-version invalid-req-type unsupported-tenant-operation unsupported-first-factor operation-not-supported-in-this-environment invalid-oauth-provider invalid-provider-id dynamic-link-not-activated cors-unsupported web-storage-unsupported invalid-persistence-type unsupported-persistence-type argument-error',
  'state_mismatch missing-or-invalid-nonce',
  // null-user: the operation needs a signed-in user.
  'session_expired user-token-expired user-signed-out null-user',
  'session_revoked invalid-user-token',
  'totp_invalid invalid-verification-code',
  'sms_send_failed quota-exceeded',
  'flow_expired code-expired expired-action-code timeout',
  // popup-blocked: the browser blocked the sign-in popup; starting over (a click) opens it again.
  'flow_invalid invalid-action-code invalid-verification-id missing-verification-id invalid-multi-factor-session missing-multi-factor-session missing-multi-factor-info invalid-auth-event no-auth-event missing-iframe-start redirect-operation-pending rejected-credential popup-blocked',
  'network_error network-request-failed',
  // "We have blocked all requests from this device due to unusual activity. Try again later."
  // (packages/auth/src/core/errors.ts); the server's TOO_MANY_ATTEMPTS_TRY_LATER and
  // RESET_PASSWORD_EXCEED_LIMIT (too many reset emails) become it (packages/auth/src/api/errors.ts).
  'rate_limited too-many-requests',
  'server_error internal-error',
  'not_found multi-factor-info-not-found no-such-provider',
  'validation_failed invalid-email missing-email invalid-recipient-email weak-password password-does-not-meet-requirements missing-password invalid-phone-number missing-phone-number missing-verification-code',
  'conflict email-already-in-use account-exists-with-different-credential credential-already-in-use provider-already-linked second-factor-already-in-use maximum-second-factor-count-exceeded',
  // A blocking function (beforeSignIn / beforeCreate) refused the sign-in.
  'step_blocked login-blocked',
  // The user closed the popup, or cancelled the redirect.
  'aborted popup-closed-by-user cancelled-popup-request redirect-cancelled-by-user user-cancelled',
] as const satisfies CodeTable;

/** The field each code is about. */
export const FIREBASE_FIELDS = [
  'email invalid-email missing-email invalid-recipient-email email-already-in-use account-exists-with-different-credential',
  'password weak-password password-does-not-meet-requirements missing-password',
  'phone_number invalid-phone-number missing-phone-number',
  'code missing-verification-code',
] as const satisfies CodeTable<string>;
