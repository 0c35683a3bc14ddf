import { resolveOutcome } from '../../src';
import { fromClerkError } from '../../src/adapters/clerk';
import { CLERK_ERROR_CODES } from '../../src/adapters/clerk/CLERK_ERROR_CODES';
import { expectSafe, hostile, tableCases } from './support';

// The shapes @clerk/shared (src/errors/*) throws, recreated without the SDK: the API error JSON
// goes through ClerkAPIError (packages/shared/src/errors/clerkApiError.ts), which camel-cases
// `long_message` and copies only these meta keys: anything else the API sends in `meta`
// (`lockout_expires_in_seconds`, say) is dropped.
interface ErrorJSON {
  code: string;
  message: string;
  long_message?: string;
  meta?: Record<string, unknown>;
}
class ClerkAPIError {
  readonly code: string;
  readonly message: string;
  readonly longMessage: string | undefined;
  readonly meta: Record<string, unknown>;
  constructor(json: ErrorJSON) {
    this.code = json.code;
    this.message = json.message;
    this.longMessage = json.long_message;
    this.meta = {
      paramName: json.meta?.param_name,
      sessionId: json.meta?.session_id,
      emailAddresses: json.meta?.email_addresses,
      identifiers: json.meta?.identifiers,
      zxcvbn: json.meta?.zxcvbn,
      plan: json.meta?.plan,
      isPlanUpgradePossible: json.meta?.is_plan_upgrade_possible,
      seatsQuantityToAdd: json.meta?.seats_quantity_to_add,
      seatsQuantity: json.meta?.seats_quantity,
    };
  }
}
class ClerkAPIResponseError extends Error {
  readonly clerkError = true;
  readonly code = 'api_response_error';
  readonly status: number;
  readonly retryAfter: number | undefined;
  readonly errors: ClerkAPIError[];
  constructor(message: string, options: { data: ErrorJSON[]; status: number; retryAfter?: number }) {
    super(message);
    this.name = 'ClerkAPIResponseError';
    this.status = options.status;
    this.retryAfter = options.retryAfter;
    this.errors = options.data.map((json) => new ClerkAPIError(json));
  }
}
// packages/shared/src/errors/emailLinkError.ts: what handleEmailLinkVerification throws.
class EmailLinkError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'EmailLinkError';
  }
}
class ClerkRuntimeError extends Error {
  readonly clerkRuntimeError = true;
  constructor(
    message: string,
    readonly opts: { code: string },
    readonly code = opts.code,
  ) {
    super(message);
    this.name = 'ClerkRuntimeError';
  }
}

const apiError = (code: string, status = 422, meta?: ErrorJSON['meta']) =>
  new ClerkAPIResponseError('Error', { data: [{ code, message: 'Server text', long_message: 'Longer server text', ...(meta ? { meta } : {}) }], status });

describe(fromClerkError, () => {
  // The table's HTTP statuses (`401`, `5*`) are tested below, with a code no line holds.
  it.each(tableCases(CLERK_ERROR_CODES).filter(([value]) => !/^\d/.test(value)))('should turn %s into %s', (value, code) => {
    const runtime = value.startsWith('passkey_') || ['clerk_offline', 'network_error', 'captcha_client_attempts_exceeded', 'reverification_cancelled'].includes(value);
    const input = value.startsWith('needs_') ? { status: value } : runtime ? new ClerkRuntimeError('x', { code: value }) : apiError(value);

    expect(fromClerkError(input).code).toBe(code);
  });

  it('should keep the status, the long message (for logs) and the original as cause', () => {
    const original = apiError('form_password_incorrect');

    expect(fromClerkError(original)).toEqual({ code: 'invalid_credentials', message: 'Longer server text', status: 422, cause: original });
  });

  it('should answer "account not found" exactly as "wrong password"', () => {
    const { cause: _a, ...notFound } = fromClerkError(apiError('form_identifier_not_found'));
    const { cause: _b, ...wrong } = fromClerkError(apiError('form_password_incorrect'));

    expect(notFound).toEqual(wrong);
  });

  // The Frontend API's user_locked (clerk-docs guides/development/errors/frontend-api.mdx: 403, "Account locked").
  const userLocked = { code: 'user_locked', message: 'Account locked', long_message: 'Your account is locked. You will be able to try again in 30 minutes.', meta: { lockout_expires_in_seconds: 1800 } };

  it("should turn the SDK's user_locked into account_locked with no timer: ClerkAPIError drops lockout_expires_in_seconds", () => {
    const sdkError = new ClerkAPIResponseError('Error', { data: [userLocked], status: 403 });
    const error = fromClerkError(sdkError);

    expect(sdkError.errors[0]?.meta).not.toHaveProperty('lockout_expires_in_seconds');
    expect(error).toEqual({ code: 'account_locked', message: userLocked.long_message, status: 403, cause: sdkError });
    expect(resolveOutcome(error)).toMatchObject({ kind: 'countdown', retryAfterS: undefined });
  });

  it("should count down a raw Frontend API body's meta.lockout_expires_in_seconds (user_locked, 403)", () => {
    const body = { errors: [userLocked], meta: {}, clerk_trace_id: 'trace' };
    const error = fromClerkError(body);

    expect(error).toMatchObject({ code: 'account_locked', details: { retry_after_s: 1800 } });
    expect(resolveOutcome(error)).toMatchObject({ kind: 'countdown', retryAfterS: 1800 });
  });

  it("should carry a 429's Retry-After (retryAfter) into retry_after_s", () => {
    const error = new ClerkAPIResponseError('Error', { data: [{ code: 'too_many_requests', message: 'x' }], status: 429, retryAfter: 12 });

    expect(fromClerkError(error)).toMatchObject({ code: 'rate_limited', details: { retry_after_s: 12 } });
  });

  it('should name every field of a sign-up that fails on several (meta.paramName)', () => {
    const error = new ClerkAPIResponseError('Error', {
      status: 422,
      data: [
        { code: 'form_param_format_invalid', message: 'x', meta: { param_name: 'email_address' } },
        { code: 'form_password_length_too_short', message: 'x', meta: { param_name: 'password' } },
        { code: 'form_param_nil', message: 'x', meta: { param_name: 'username' } },
      ],
    });

    expect(fromClerkError(error)).toMatchObject({ code: 'validation_failed', details: { fields: { email_address: '', password: '', username: '' } } });
  });

  it('should name the password field of a password rule without paramName', () => {
    expect(fromClerkError(apiError('form_password_pwned')).details).toEqual({ fields: { password: '' } });
  });

  it('should name the conflicting field of form_identifier_exists', () => {
    expect(resolveOutcome(fromClerkError(apiError('form_identifier_exists', 422, { param_name: 'email_address' })))).toMatchObject({ kind: 'notice', fields: ['email_address'] });
  });

  it('should hand a sign-in that needs a second factor to the MFA UI', () => {
    expect(resolveOutcome(fromClerkError({ status: 'needs_second_factor', supportedSecondFactors: [] }))).toMatchObject({ kind: 'handoff', handoff: 'mfa' });
  });

  // clerk-docs clerk-typedoc/shared/sign-in-resource.mdx: a sign-in gated by a Clerk Protect challenge.
  it('should hand a sign-in that waits for a Protect check (needs_protect_check) to the captcha UI', () => {
    const signIn = { status: 'needs_protect_check', protectCheck: { status: 'pending', token: 'token', sdkUrl: 'https://example.com/sdk.js' } };

    expect(resolveOutcome(fromClerkError(signIn))).toMatchObject({ kind: 'handoff', handoff: 'captcha' });
  });

  // clerk-docs data/api_errors.json: 422, "This account requires a password reset before sign-in can continue."
  it('should offer to set a new password for password_reset_required', () => {
    expect(resolveOutcome(fromClerkError(apiError('password_reset_required', 422)))).toMatchObject({ kind: 'action', actions: ['setNewPassword'] });
  });

  // The warning Clerk sends instead of a wrong password's error when few attempts are left.
  it('should answer account_lockout_warning exactly as a wrong password', () => {
    const { cause: _a, ...warning } = fromClerkError(apiError('account_lockout_warning', 422));
    const { cause: _b, ...wrong } = fromClerkError(apiError('form_password_incorrect', 422));

    expect(warning).toEqual(wrong);
  });

  it('should hand reverification (session_reverification_required) to step-up', () => {
    expect(fromClerkError(apiError('session_reverification_required', 403)).code).toBe('step_up_required');
  });

  it('should go by status when the response has no errors', () => {
    expect(fromClerkError(new ClerkAPIResponseError('Error', { data: [], status: 503 })).code).toBe('service_unavailable');
  });

  // clerk-docs docs/guides/development/errors/frontend-api.mdx: 429 "Too many verification code requests".
  it("should count down a 429 verification_code_too_many_requests's Retry-After as sms_rate_limited", () => {
    const error = new ClerkAPIResponseError('Error', { data: [{ code: 'verification_code_too_many_requests', message: 'Too many verification code requests' }], status: 429, retryAfter: 30 });

    expect(fromClerkError(error)).toMatchObject({ code: 'sms_rate_limited', status: 429, details: { retry_after_s: 30 } });
    expect(resolveOutcome(fromClerkError(error))).toMatchObject({ kind: 'countdown', retryAfterS: 30 });
  });

  // Each with its status in clerk-docs docs/guides/development/errors/frontend-api.mdx.
  it.each([
    ['requires_captcha', 401, 'captcha_required'],
    ['sms_send_error', 400, 'sms_send_failed'],
    ['dev_monthly_sms_limit_exceeded', 400, 'sms_send_failed'],
    ['verification_link_token_expired', 400, 'flow_expired'],
    ['signed_out', 401, 'session_expired'],
    ['maintenance_mode', 503, 'service_unavailable'],
    ['deprovisioned', 401, 'account_disabled'],
    ['external_account_email_address_verification_required', 400, 'email_unverified'],
    ['no_second_factors', 400, 'mfa_enrolment_required'],
    ['verification_link_token_invalid', 400, 'flow_invalid'],
    ['verification_link_token_source_invalid', 400, 'flow_invalid'],
    ['verification_strategy_invalid', 400, 'flow_invalid'],
    ['verification_missing', 400, 'flow_invalid'],
    ['verification_not_sent', 400, 'flow_invalid'],
    ['verification_already_verified', 400, 'flow_invalid'],
    ['ticket_expired_code', 400, 'flow_expired'],
    ['ticket_invalid_code', 400, 'flow_invalid'],
    ['sign_in_token_already_used_code', 400, 'flow_invalid'],
    ['sign_in_token_not_in_sign_in_code', 400, 'flow_invalid'],
    ['sign_in_token_cannot_be_used_code', 400, 'flow_invalid'],
    ['sign_in_token_revoked_code', 400, 'flow_invalid'],
    ['actor_token_already_used_code', 400, 'flow_invalid'],
    ['actor_token_revoked_code', 400, 'flow_invalid'],
    ['sign_in_email_link_not_same_client', 403, 'flow_invalid'],
    ['sign_up_email_link_not_same_client', 403, 'flow_invalid'],
    ['client_state_invalid', 400, 'flow_invalid'],
    ['oauth_callback_invalid', 400, 'flow_invalid'],
    ['passkey_authentication_failure', 400, 'webauthn_failed'],
    ['passkey_not_registered', 404, 'webauthn_failed'],
    ['passkey_invalid_verification', 400, 'webauthn_failed'],
    ['redirect_uri_mismatch', 400, 'invalid_redirect_uri'],
    ['invalid_redirect_url', 422, 'invalid_redirect_uri'],
    ['redirect_url_domain_mismatch', 422, 'invalid_redirect_uri'],
    ['oauth_provider_not_enabled', 400, 'invalid_client'],
    ['oauth_config_missing', 400, 'invalid_client'],
    ['oauth_unsupported_provider', 400, 'invalid_client'],
    ['misconfigured_oauth_provider', 400, 'invalid_client'],
    ['host_invalid', 400, 'invalid_client'],
    ['origin_invalid', 400, 'invalid_client'],
    ['origin_missing', 400, 'invalid_client'],
    ['user_settings_invalid', 409, 'invalid_client'],
    ['feature_not_enabled', 403, 'unauthorized_client'],
    ['enterprise_sso_user_attribute_missing', 400, 'unauthorized_client'],
    ['identification_claimed', 400, 'conflict'],
    ['oauth_identification_claimed', 400, 'conflict'],
    ['invitation_account_exists', 400, 'conflict'],
    ['sign_up_mode_restricted', 403, 'permission_denied'],
    ['sign_up_restricted_waitlist', 403, 'permission_denied'],
    ['enterprise_sso_hosted_domain_mismatch', 400, 'permission_denied'],
    ['saml_email_address_domain_mismatch', 400, 'permission_denied'],
    ['form_incorrect_signature', 422, 'validation_failed'],
    ['form_conditional_param_disallowed', 422, 'validation_failed'],
    ['csrf_token_invalid', 403, 'state_mismatch'],
    ['backup_codes_not_available', 400, 'mfa_enrolment_required'],
    ['session_reverification_missing', 400, 'step_up_required'],
    ['session_creation_not_allowed', 409, 'precondition_failed'],
    ['google_one_tap_token_invalid', 400, 'flow_invalid'],
    ['account_transfer_invalid', 400, 'flow_invalid'],
    ['request_body_invalid', 400, 'flow_invalid'],
    ['authorization_header_format_invalid', 401, 'flow_invalid'],
    ['instance_type_invalid', 400, 'flow_invalid'],
    ['saml_response_invalid', 401, 'flow_invalid'],
    ['saml_connection_not_found', 422, 'permission_denied'],
    ['saml_connection_active_not_found', 404, 'permission_denied'],
    ['saml_email_address_domain_reserved', 422, 'permission_denied'],
    ['saml_response_relaystate_missing', 400, 'permission_denied'],
    ['saml_user_attribute_missing', 400, 'unauthorized_client'],
    ['enterprise_sso_sign_in_connection_missing', 422, 'permission_denied'],
    ['enterprise_sso_sign_up_connection_missing', 422, 'permission_denied'],
    ['enterprise_sso_additional_identifications_disabled', 422, 'permission_denied'],
    ['organization_membership_quota_exceeded', 403, 'permission_denied'],
    ['organization_membership_quota_exceeded_for_sso', 403, 'permission_denied'],
    ['verification_expired', 400, 'flow_expired'],
    ['misconfigured_oauth_provider', 400, 'invalid_client'],
    ['totp_already_enabled', 400, 'conflict'],
    ['unsupported_country_code', 403, 'sms_send_failed'],
    ['too_many_unverified_identifications', 400, 'permission_denied'],
    ['invitation_already_accepted', 400, 'flow_invalid'],
    ['invitation_already_revoked', 400, 'flow_invalid'],
    ['revoked_invitation', 400, 'flow_invalid'],
    ['external_account_missing_refresh_token', 400, 'invalid_grant'],
    // clerk-docs data/api_errors.json (the Frontend API's entries), each with its status.
    ['account_lockout_warning', 422, 'invalid_credentials'],
    ['password_reset_required', 422, 'password_must_be_reset'],
    ['password_too_long_needs_reset', 422, 'password_must_be_reset'],
    ['user_quota_exceeded', 403, 'permission_denied'],
    ['waitlist_not_accepting_entries', 403, 'permission_denied'],
    ['password_required', 400, 'permission_denied'],
    ['invalid_totp_secret_code', 422, 'validation_failed'],
    ['native_api_disabled', 400, 'unauthorized_client'],
    ['device_attestation_not_configured', 401, 'unauthorized_client'],
    ['device_attestation_misconfigured', 401, 'unauthorized_client'],
    ['device_attestation_unsupported_platform', 401, 'unauthorized_client'],
    ['device_attestation_verification_failed', 401, 'unauthorized_client'],
    ['device_attestation_challenge_client_mismatch', 401, 'unauthorized_client'],
    ['invalid_device_attestation_assertion', 401, 'unauthorized_client'],
    ['invalid_device_attestation_challenge', 401, 'unauthorized_client'],
    ['requires_device_attestation', 401, 'captcha_required'],
    ['requires_protect_check', 403, 'captcha_required'],
    ['bad_request', 400, 'flow_invalid'],
    ['malformed_request_parameters', 400, 'flow_invalid'],
    ['missing_query_parameter', 400, 'flow_invalid'],
    ['invalid_query_parameter_value', 400, 'flow_invalid'],
    ['unsupported_content_type', 415, 'flow_invalid'],
    ['multiple_origin_header_values_forbidden', 400, 'flow_invalid'],
    ['multiple_authorization_header_values_forbidden', 400, 'flow_invalid'],
    ['request_body_too_large', 413, 'flow_invalid'],
    ['request_invalid_for_environment', 400, 'flow_invalid'],
    ['dev_monthly_email_limit_exceeded', 400, 'sms_send_failed'],
    ['verification_code_rate_limit_exceeded', 429, 'sms_rate_limited'],
    ['prohibited_redirect_url', 422, 'invalid_redirect_uri'],
    ['resource_missmatch', 400, 'invalid_redirect_uri'],
    ['trusted_device_signature_verification_failed', 400, 'webauthn_failed'],
    ['trusted_device_challenge_not_found', 400, 'webauthn_failed'],
    ['trusted_device_challenge_expired', 400, 'webauthn_failed'],
    ['trusted_device_binding_mismatch', 422, 'webauthn_failed'],
    ['trusted_device_invalid_public_key', 422, 'webauthn_failed'],
    ['trusted_device_invalid_client_data', 422, 'webauthn_failed'],
    ['trusted_device_not_registered', 422, 'webauthn_failed'],
    ['trusted_device_credential_quota_exceeded', 400, 'webauthn_failed'],
    ['trusted_device_already_enrolled', 409, 'webauthn_failed'],
    ['trusted_device_app_identifier_not_configured', 400, 'webauthn_failed'],
    ['no_passkeys_found_for_user', 400, 'webauthn_failed'],
    ['approval_token_consumed', 422, 'flow_invalid'],
    ['approval_token_expired', 422, 'flow_expired'],
    ['pkce_verification_failed', 422, 'invalid_grant'],
    ['subdomain_not_allowed', 403, 'invalid_client'],
    ['proxy_request_missing_secret_key', 400, 'invalid_client'],
    ['proxy_request_invalid_secret_key', 401, 'invalid_client'],
    ['invalid_proxy_configuration', 422, 'invalid_client'],
    ['aws_cognito_user_password_auth_not_enabled', 400, 'invalid_client'],
    ['aws_cognito_admin_user_password_auth_not_enabled', 400, 'invalid_client'],
    ['aws_cognito_user_lambda_validation_failed', 422, 'invalid_client'],
    ['gone', 410, 'flow_invalid'],
    ['resource_locked', 409, 'precondition_failed'],
    ['invalid_action_for_session', 400, 'precondition_failed'],
    ['invalid_action_for_session_reverification', 400, 'precondition_failed'],
    ['invalid_handshake', 400, 'session_expired'],
    ['agent_task_revoked', 400, 'flow_invalid'],
    ['agent_task_already_used', 400, 'flow_invalid'],
    ['agent_task_cannot_be_used', 400, 'flow_invalid'],
    ['agent_task_not_in_sign_in', 400, 'flow_invalid'],
    ['agent_task_subject_not_found', 404, 'flow_invalid'],
    // The Backend API's answer when the user's OAuth account gave no refresh token (a server action
    // that fetches the user's OAuth access token).
    ['oauth_missing_refresh_token', 400, 'invalid_grant'],
    // No line names these, and their status decides.
    ['too_many_requests', 429, 'rate_limited'],
    ['signup_rate_limit_exceeded', 429, 'rate_limited'],
    ['internal_clerk_error', 500, 'server_error'],
    ['gateway_timeout', 504, 'server_error'],
    ['signed_out', 401, 'session_expired'],
    ['authentication_invalid', 401, 'session_expired'],
    ['action_for_session_not_authorized', 401, 'session_expired'],
    ['dev_browser_unauthenticated', 401, 'session_expired'],
    ['resource_forbidden', 403, 'permission_denied'],
    ['operation_not_allowed_on_satellite_domain', 403, 'permission_denied'],
    ['resource_not_found', 404, 'not_found'],
  ])("should turn the Frontend API's %s (%i) into %s", (value, status, code) => {
    expect(fromClerkError(apiError(value, status)).code).toBe(code);
  });

  it.each([
    // The exact name wins over a pattern that also holds it.
    ['passkey_already_exists', 'passkey_*', 'conflict'],
    ['form_code_incorrect', '*_incorrect', 'totp_invalid'],
    ['form_password_compromised', 'form_*', 'password_must_be_reset'],
    ['verification_expired', 'verification_*', 'flow_expired'],
    ['verification_code_too_many_requests', 'verification_*', 'sms_rate_limited'],
    ['captcha_not_enabled', 'captcha_*', 'unauthorized_client'],
    ['captcha_client_attempts_exceeded', 'captcha_*', 'rate_limited'],
    ['invitation_account_not_exists', '*_exists', 'invalid_credentials'],
    ['session_exists', '*_exists', 'precondition_failed'],
    ['oauth_access_denied', 'oauth_*', 'permission_denied'],
    ['oauth_missing_refresh_token', 'oauth_*', 'invalid_grant'],
    ['approval_token_expired', 'approval_token_*', 'flow_expired'],
    ['protect_check_timed_out', 'protect_check_*', 'step_timeout'],
    // Between patterns, the list that comes first.
    ['form_identifier_exists', 'form_*', 'conflict'],
    ['oauth_identification_claimed', 'oauth_*', 'conflict'],
    ['sign_up_email_link_not_same_client', 'sign_up_*', 'flow_invalid'],
    ['redirect_url_domain_mismatch', '*domain_mismatch', 'invalid_redirect_uri'],
    ['form_param_format_invalid', '*_invalid', 'validation_failed'],
    ['csrf_token_invalid', '*_invalid', 'state_mismatch'],
    ['strategy_for_user_invalid', '*_invalid', 'invalid_credentials'],
    ['origin_invalid', '*_invalid', 'invalid_client'],
    ['oauth_callback_invalid', 'oauth_*', 'flow_invalid'],
    ['session_exists', 'session_*', 'precondition_failed'],
    ['session_reverification_required', 'session_*', 'step_up_required'],
    ['saml_user_attribute_missing', 'saml_*', 'unauthorized_client'],
    ['saml_response_invalid', 'saml_*', 'flow_invalid'],
    ['saml_email_address_domain_mismatch', 'saml_*', 'permission_denied'],
    ['invitation_account_not_exists', '*_exists', 'invalid_credentials'],
    ['verification_code_rate_limit_exceeded', 'verification_*', 'sms_rate_limited'],
  ])('should turn %s into its own code, not that of %s', (value, _pattern, code) => {
    expect(fromClerkError(apiError(value)).code).toBe(code);
  });

  it.each([
    ['form_password_validation_failed', 'Incorrect password. Please try again.'],
    ['invitation_account_not_exists', 'identification not found'],
    ['sign_in_identification_or_user_deleted', 'identification or user deleted'],
    ['primary_identification_not_found', 'Identification not found'],
    ['no_password_set', 'no password set'],
  ])('should answer %s exactly as a wrong password', (value, message) => {
    const { cause: _a, ...answer } = fromClerkError(new ClerkAPIResponseError('Error', { data: [{ code: value, message, long_message: 'Longer server text' }], status: 422 }));
    const { cause: _b, ...wrong } = fromClerkError(apiError('form_password_incorrect'));

    expect(answer).toEqual(wrong);
  });

  it("should keep form_password_pwned a password rule (sign-up sends it too), naming the password field", () => {
    expect(fromClerkError(apiError('form_password_pwned', 422, { param_name: 'password' }))).toMatchObject({ code: 'validation_failed', details: { fields: { password: '' } } });
  });

  it('should name the field of legal_not_accepted (meta.paramName)', () => {
    expect(fromClerkError(apiError('legal_not_accepted', 422, { param_name: 'legal_accepted' }))).toMatchObject({ code: 'validation_failed', details: { fields: { legal_accepted: '' } } });
  });

  it.each([
    ['expired', 'flow_expired'],
    ['failed', 'flow_invalid'],
    ['client_mismatch', 'flow_invalid'],
  ])("should turn an EmailLinkError's %s into %s", (value, code) => {
    const error = new EmailLinkError(value);

    expect(fromClerkError(error)).toEqual({ code, message: value, cause: error });
  });

  it.each([
    ['passkey_invalid_rpID_or_domain', 'webauthn_failed'],
    ['passkey_pa_not_supported', 'webauthn_failed'],
    ['passkey_already_exists', 'conflict'],
    ['passkey_registration_cancelled', 'aborted'],
    ['passkey_retrieval_cancelled', 'aborted'],
  ])("should turn ClerkWebAuthnError's %s into %s", (value, code) => {
    expect(fromClerkError(new ClerkRuntimeError('x', { code: value })).code).toBe(code);
  });

  it.each([
    // clerk-js src/core/fraudProtection.ts, once it gave up on CAPTCHAs.
    ['captcha_client_attempts_exceeded', 'rate_limited'],
    // @clerk/shared src/react/hooks/useReverification.ts, the user closed reverification.
    ['reverification_cancelled', 'aborted'],
  ])('should turn the ClerkRuntimeError %s into %s', (value, code) => {
    expect(fromClerkError(new ClerkRuntimeError('x', { code: value })).code).toBe(code);
  });

  it("should not claim another provider's error by its status alone (no errors array)", () => {
    const supabase = Object.assign(new Error('Email rate limit exceeded'), { name: 'AuthApiError', status: 429, code: 'over_email_send_rate_limit' });

    expect(fromClerkError(supabase).code).toBe('unknown');
    expect(fromClerkError({ status: 503 }).code).toBe('unknown');
    expect(fromClerkError({ status: 500, message: 'x' }).code).toBe('unknown');
  });

  it('should turn a code it does not know into unknown when its status says nothing more', () => {
    expect(fromClerkError(apiError('brand_new_code', 422)).code).toBe('unknown');
    expect(fromClerkError(apiError('brand_new_code', 400)).code).toBe('unknown');
    expect(fromClerkError(apiError('brand_new_code', 410)).code).toBe('unknown');
    expect(fromClerkError(apiError('brand_new_code', 412)).code).toBe('unknown');
    // A raw Frontend API body has no status: nothing to go by.
    expect(fromClerkError({ errors: [{ code: 'brand_new_code' }] }).code).toBe('unknown');
    expect(fromClerkError({ errors: [] }).code).toBe('unknown');
    expect(fromClerkError(apiError('__proto__')).code).toBe('unknown');
  });

  it.each([
    [503, 'service_unavailable'],
    [500, 'server_error'],
    [502, 'server_error'],
    [599, 'server_error'],
    [429, 'rate_limited'],
    [401, 'session_expired'],
    [403, 'permission_denied'],
    [404, 'not_found'],
    [409, 'conflict'],
  ])('should turn a code it does not know with a %i into %s (the status is Clerk\'s own)', (status, code) => {
    expect(fromClerkError(apiError('brand_new_code', status)).code).toBe(code);
  });

  it("should wait out a 429's Retry-After for a code it does not know", () => {
    const error = new ClerkAPIResponseError('Error', { data: [{ code: 'brand_new_limit', message: 'x' }], status: 429, retryAfter: 20 });

    expect(resolveOutcome(fromClerkError(error))).toMatchObject({ code: 'rate_limited', kind: 'retry', strategy: 'retry_after', retryAfterS: 20 });
  });

  it('should keep a field called __proto__ as a field, not a prototype', () => {
    const error = fromClerkError(apiError('form_param_nil', 422, { param_name: '__proto__' }));

    expect(Object.keys(error.details?.fields ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(error.details?.fields)).toBe(Object.prototype);
  });

  it('should turn a revoked Proxy into unknown', () => {
    expect(fromClerkError(hostile()).code).toBe('unknown');
  });

  it('should never throw, and always give a code, for any input', () => {
    expectSafe(fromClerkError);
  });
});
