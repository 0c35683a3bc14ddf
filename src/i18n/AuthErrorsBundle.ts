/**
 * The shape of a complete locale bundle: every key of the English one (`locales/en/auth-errors.json`).
 * Written out rather than taken from the JSON, so that the public type is a name of its own; a
 * type test keeps the two the same.
 */
export interface AuthErrorsBundle {
  generic: string;
  codes: {
    invalid_credentials: string;
    account_disabled: string;
    account_locked: string;
    email_unverified: string;
    password_must_be_reset: string;
    mfa_enrolment_required: string;
    invalid_redirect_uri: string;
    invalid_client: string;
    invalid_grant: string;
    invalid_scope: string;
    unauthorized_client: string;
    consent_required: string;
    state_mismatch: string;
    pkce_required: string;
    session_expired: string;
    session_revoked: string;
    totp_invalid: string;
    webauthn_failed: string;
    sms_send_failed: string;
    sms_rate_limited: string;
    backup_code_invalid: string;
    flow_expired: string;
    flow_invalid: string;
    network_error: string;
    rate_limited: string;
    server_error: string;
    service_unavailable: string;
    not_found: string;
    permission_denied: string;
    validation_failed: string;
    conflict: string;
    precondition_failed: string;
    step_blocked: string;
    step_timeout: string;
    step_error: string;
  };
  delivery: {
    title: string;
    receiver_5xx: string;
    receiver_4xx: string;
    receiver_timeout_one: string;
    receiver_timeout_other: string;
    receiver_tls_failed: string;
    dlq_max_attempts: string;
  };
  titles: {
    reauthenticate: string;
    consent: string;
    restart: string;
    blocked: string;
    config_error: string;
    generic: string;
    field_errors: string;
  };
  actions: {
    tryAgain: string;
    tryNow: string;
    signIn: string;
    continue: string;
    startOver: string;
    contactSupport: string;
    resendVerification: string;
    setNewPassword: string;
    useAnotherMethod: string;
    refresh: string;
    checkStatus: string;
    troubleshoot: string;
    dismiss: string;
  };
  countdown: {
    retryIn: string;
    ready: string;
    later: string;
  };
  retry: {
    retryingIn: string;
    retrying: string;
    offline: string;
    paused: string;
  };
  duration: {
    hours_one: string;
    hours_other: string;
    minutes_one: string;
    minutes_other: string;
    seconds_one: string;
    seconds_other: string;
    compound: string;
  };
  hints: {
    backupCodeSingleUse: string;
    conflictFields: string;
    attemptsRemaining_zero: string;
    attemptsRemaining_one: string;
    attemptsRemaining_other: string;
  };
  fields: {
    invalid: string;
  };
  a11y: {
    notifications: string;
    notification: string;
  };
}
