import type { CodeTable } from '../adapt';

/**
 * Amazon Cognito's exceptions and Amplify's own errors (by `name`), and the sign-in steps Amplify's
 * `signIn` / `confirmSignIn` return instead of throwing (`nextStep.signInStep`), grouped by the
 * catalogue code each becomes.
 *
 * Sources: the Cognito user pools API reference (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/,
 * "Errors" of InitiateAuth, RespondToAuthChallenge, SignUp, ConfirmSignUp, ForgotPassword,
 * ConfirmForgotPassword, ChangePassword, GetUser, AssociateSoftwareToken, VerifySoftwareToken,
 * StartWebAuthnRegistration / CompleteWebAuthnRegistration), and aws-amplify/amplify-js
 * `packages/auth/src/providers/cognito/types/errors.ts`, `packages/auth/src/errors/constants.ts`,
 * `packages/auth/src/errors/types/validation.ts`, `packages/auth/src/types/models.ts`,
 * `packages/core/src/types/errors.ts`.
 */
export const COGNITO_ERROR_CODES = {
  // With "prevent user existence errors" on, Cognito itself answers NotAuthorizedException for both.
  invalid_credentials: 'UserNotFoundException NotAuthorizedException',
  account_locked: 'TooManyFailedAttemptsException',
  email_unverified: 'UserNotConfirmedException CONFIRM_SIGN_UP',
  password_must_be_reset: 'PasswordResetRequiredException RESET_PASSWORD CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
  mfa_required: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE CONFIRM_SIGN_IN_WITH_SMS_CODE CONFIRM_SIGN_IN_WITH_EMAIL_CODE CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
  mfa_enrolment_required: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP CONTINUE_SIGN_IN_WITH_EMAIL_SETUP CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION MFAMethodNotFoundException SoftwareTokenMFANotFoundException',
  invalid_redirect_uri: 'InvalidRedirectException InvalidPreferredRedirectUrlException InvalidAppSchemeException',
  invalid_client: 'InvalidUserPoolConfigurationException InvalidIdentityPoolConfigurationException AuthUserPoolException AuthTokenConfigException AuthUserPoolAndIdentityPoolException',
  unauthorized_client: 'InvalidSmsRoleAccessPolicyException InvalidSmsRoleTrustRelationshipException InvalidEmailRoleAccessPolicyException WebAuthnNotEnabledException WebAuthnConfigurationMissingException',
  state_mismatch: 'InvalidOriginException',
  session_expired: 'UserUnAuthenticatedException TokenRefreshException',
  totp_invalid: 'CodeMismatchException EnableSoftwareTokenMFAException',
  // WebAuthnChallengeNotFoundException, WebAuthnClientMismatchException, WebAuthnOriginNotAllowedException…
  webauthn_failed: 'WebAuthn* PasskeyNotSupported PasskeyRegistrationFailed PasskeyRetrievalFailed',
  sms_send_failed: 'CodeDeliveryFailureException',
  // "Attempt limit exceeded, please try after some time": sending or checking codes too often.
  sms_rate_limited: 'LimitExceededException',
  flow_expired: 'ExpiredCodeException',
  flow_invalid: 'UnexpectedSignInInterruptionException AutoSignInException',
  network_error: 'NetworkError',
  rate_limited: 'TooManyRequestsException',
  server_error: 'InternalErrorException',
  not_found: 'ResourceNotFoundException',
  permission_denied: 'ForbiddenException',
  // Amplify's own checks before any request: EmptySignInUsername, EmptySignInPassword…
  validation_failed: 'InvalidParameterException InvalidPasswordException PasswordHistoryPolicyViolationException Empty*',
  conflict: 'UsernameExistsException AliasExistsException ResourceConflictException PasskeyAlreadyExists',
  precondition_failed: 'ConcurrentModificationException UserAlreadyAuthenticatedException',
  // A Lambda trigger (pre sign-up, pre authentication…) refused, failed or answered badly.
  step_blocked: 'UserLambdaValidationException',
  step_error: 'UnexpectedLambdaException InvalidLambdaResponseException',
  // The user cancelled the browser's passkey prompt.
  aborted: 'PasskeyRegistrationCanceled PasskeyAuthenticationCanceled PasskeyOperationAborted',
} as const satisfies CodeTable;

/**
 * Cognito answers a wrong password, a lockout and a disabled user alike, as
 * `NotAuthorizedException`; only the documented message tells them apart, so these messages are
 * matched exactly (and any other message stays `invalid_credentials`). The same exception, with
 * these messages, reports refresh and access tokens that expired or were revoked.
 */
export const COGNITO_NOT_AUTHORIZED_MESSAGES = {
  account_locked: 'Password attempts exceeded',
  account_disabled: 'User is disabled.',
  token_expired: 'Access Token has expired',
  session_expired: 'Refresh Token has expired',
  session_revoked: 'Refresh Token has been revoked|Access Token has been revoked',
} as const satisfies CodeTable;
