import type { CodeTable, MessageTable } from '../adapt';

/**
 * Amazon Cognito's exceptions and Amplify's own errors (by `name`), and the sign-in steps Amplify's
 * `signIn` / `confirmSignIn` return instead of throwing (`nextStep.signInStep`), grouped by the
 * catalogue code each becomes.
 *
 * Sources: the Cognito user pools API reference (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/,
 * "Errors" of InitiateAuth, RespondToAuthChallenge, SignUp, ConfirmSignUp, ForgotPassword,
 * ConfirmForgotPassword, ChangePassword, GetUser, AssociateSoftwareToken, VerifySoftwareToken,
 * StartWebAuthnRegistration / CompleteWebAuthnRegistration, RevokeToken, GetTokensFromRefreshToken; the
 * identity pools' GetId), and aws-amplify/amplify-js
 * `packages/auth/src/providers/cognito/types/errors.ts`, `packages/auth/src/errors/constants.ts`,
 * `packages/auth/src/errors/types/validation.ts`, `packages/auth/src/types/models.ts`,
 * `packages/auth/src/providers/cognito/tokenProvider/TokenOrchestrator.ts` and `TokenStore.ts`,
 * `packages/auth/src/client/utils/passkey/errors/passkeyError.ts`, `packages/core/src/types/errors.ts`.
 */
export const COGNITO_ERROR_CODES = [
  // With "prevent user existence errors" on, Cognito itself answers NotAuthorizedException for both.
  'invalid_credentials UserNotFoundException NotAuthorizedException',
  'account_locked TooManyFailedAttemptsException',
  'email_unverified UserNotConfirmedException CONFIRM_SIGN_UP',
  'password_must_be_reset PasswordResetRequiredException RESET_PASSWORD CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
  // *_CODE: CONFIRM_SIGN_IN_WITH_TOTP_CODE, CONFIRM_SIGN_IN_WITH_SMS_CODE, CONFIRM_SIGN_IN_WITH_EMAIL_CODE.
  'mfa_required *_CODE CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
  // *_SETUP: CONTINUE_SIGN_IN_WITH_TOTP_SETUP, CONTINUE_SIGN_IN_WITH_EMAIL_SETUP.
  'mfa_enrolment_required *_SETUP CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION MFAMethodNotFoundException SoftwareTokenMFANotFoundException',
  'invalid_redirect_uri InvalidRedirectException InvalidPreferredRedirectUrlException InvalidAppSchemeException',
  'invalid_client InvalidUserPoolConfigurationException InvalidIdentityPoolConfigurationException AuthUserPoolException AuthTokenConfigException AuthUserPoolAndIdentityPoolException',
  // InvalidSmsRole* and InvalidEmailRole*: the pool's IAM roles for SMS and email; Unsupported*: an
  // operation or token type the app client does not allow (RevokeToken's UnsupportedOperationException,
  // UnsupportedTokenTypeException).
  'unauthorized_client InvalidSmsRole* InvalidEmailRole* WebAuthnNotEnabledException WebAuthnConfigurationMissingException Unsupported*',
  'state_mismatch InvalidOriginException',
  // RevokeToken's UnauthorizedException: "an invalid access token in the request" (as RFC 6750's invalid_token).
  'token_expired UnauthorizedException',
  // NoSessionFoundException: Amplify's token store has no tokens ("Make sure to call signIn", TokenStore.ts).
  'session_expired UserUnAuthenticatedException TokenRefreshException NoSessionFoundException',
  // A token revoked by an admin, or a refresh token that rotation already replaced (GetTokensFromRefreshToken;
  // TokenOrchestrator.ts clears the tokens on both).
  'session_revoked TokenRevokedException RefreshTokenReuseException',
  'totp_invalid CodeMismatchException EnableSoftwareTokenMFAException',
  // WebAuthnChallengeNotFoundException, WebAuthnClientMismatchException, WebAuthnOriginNotAllowedException…;
  // Amplify's PasskeyError (packages/auth/src/client/utils/passkey/errors/passkeyError.ts) but for the
  // cancelled and existing passkeys named below. InvalidPasskeyRegistrationOptions,
  // InvalidPasskeyAuthenticationOptions and RelyingPartyMismatch are the pool's or the domain's setup,
  // but the user can still sign in another way, which is what this code offers.
  'webauthn_failed WebAuthn* Passkey* InvalidPasskey* RelyingPartyMismatch',
  'sms_send_failed CodeDeliveryFailureException',
  // "Attempt limit exceeded, please try after some time": sending or checking codes too often.
  'sms_rate_limited LimitExceededException',
  'flow_expired ExpiredCodeException',
  // DeviceMetadataNotFoundException: a sign-in with a remembered device whose keys are gone from storage
  // (Amplify's assertDeviceMetadata, packages/auth/src/providers/cognito/utils/types.ts): start over.
  'flow_invalid UnexpectedSignInInterruptionException AutoSignInException DeviceMetadataNotFoundException',
  'network_error NetworkError',
  'rate_limited TooManyRequestsException',
  // ExternalServiceException (identity pools): a provider such as Facebook is not responding.
  // SetUpTOTPException: Cognito answered AssociateSoftwareToken with no secret ("Failed to set up TOTP.",
  // apis/setUpTOTP.ts); OAuthSignOutException: the hosted sign-out page failed (apis/signOut.ts). Both
  // Amplify's own: try again.
  'server_error InternalErrorException ExternalServiceException SetUpTOTPException OAuthSignOutException',
  'not_found ResourceNotFoundException',
  'permission_denied ForbiddenException',
  // Amplify's own checks before any request (AuthValidationErrorCode): EmptySignInUsername,
  // EmptySignInPassword…, CustomAuthSignInPassword, IncorrectMFAMethod, InvalidPreferredChallenge.
  'validation_failed InvalidParameterException InvalidPasswordException PasswordHistoryPolicyViolationException Empty* CustomAuthSignInPassword IncorrectMFAMethod InvalidPreferredChallenge',
  'conflict UsernameExistsException AliasExistsException ResourceConflictException PasskeyAlreadyExists',
  'precondition_failed ConcurrentModificationException UserAlreadyAuthenticatedException',
  // A Lambda trigger (pre sign-up, pre authentication…) refused, failed or answered badly.
  'step_blocked UserLambdaValidationException',
  'step_error UnexpectedLambdaException InvalidLambdaResponseException',
  // The user cancelled the browser's passkey prompt.
  'aborted PasskeyRegistrationCanceled PasskeyAuthenticationCanceled PasskeyOperationAborted',
] as const satisfies CodeTable;

/**
 * Cognito answers a wrong password, a lockout and a disabled user alike, as
 * `NotAuthorizedException`; only the documented message tells them apart, so these messages are
 * matched exactly (and any other message stays `invalid_credentials`). The same exception, with
 * these messages, reports refresh and access tokens that expired or were revoked.
 *
 * "Invalid session for the user, session is expired.": an MFA code, a new password or another
 * challenge's answer sent after the sign-in's session ran out (the app client's AuthSessionValidity,
 * 3 to 15 minutes): the sign-in starts over. AWS's Amplify UI reads a sign-in error with "session is
 * expired" as an expired code (aws-amplify/amplify-ui packages/ui/src/machines/authenticator/actions.ts),
 * and the whole sentence is what apps and Cognito emulators see and match.
 *
 * Left out, so it stays `invalid_credentials`: "Temporary password has expired and must be reset by
 * an administrator." (an admin-created user who signed in too late), which no AWS source states; apps
 * match it, and an older wording ("User account has expired, it must be reset by an administrator.")
 * is reported too, so the text is not one to rely on.
 */
export const COGNITO_NOT_AUTHORIZED_MESSAGES = [
  'account_locked|Password attempts exceeded',
  'account_disabled|User is disabled.',
  'token_expired|Access Token has expired',
  'session_expired|Refresh Token has expired',
  'session_revoked|Refresh Token has been revoked|Access Token has been revoked',
  'flow_expired|Invalid session for the user, session is expired.',
] as const satisfies MessageTable;
