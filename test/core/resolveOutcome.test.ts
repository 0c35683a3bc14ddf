import { AUTH_ERROR_CODES, catalogue, resolveOutcome, toAuthError } from '../../src';
import type { AuthErrorOutcome } from '../../src';

/** What issue 2 §4 says each code resolves to (written out by hand, not derived from the catalogue). */
const TABLE: Record<string, Record<string, unknown>> = {
  invalid_credentials: { kind: 'form_error', messageKey: 'codes.invalid_credentials', actions: [], role: 'alert', placement: 'inline', hint: null },
  totp_invalid: { kind: 'form_error', messageKey: 'codes.totp_invalid', actions: [], role: 'alert', placement: 'inline', hint: null },
  backup_code_invalid: {
    kind: 'form_error',
    messageKey: 'codes.backup_code_invalid',
    actions: [],
    role: 'alert',
    placement: 'inline',
    hint: { key: 'hints.backupCodeSingleUse' },
  },
  invalid_scope: { kind: 'form_error', messageKey: 'codes.invalid_scope', actions: ['tryAgain'], role: 'alert', placement: 'inline' },
  validation_failed: { kind: 'field_errors', messageKey: 'codes.validation_failed', titleKey: 'titles.field_errors', actions: [], role: 'alert', placement: 'inline', fields: [] },
  account_locked: { kind: 'countdown', messageKey: 'codes.account_locked', actions: [], role: 'status', placement: 'inline', retryAfterS: undefined },
  sms_rate_limited: { kind: 'countdown', messageKey: 'codes.sms_rate_limited', actions: [], role: 'status', placement: 'inline', retryAfterS: undefined },
  rate_limited: {
    kind: 'retry',
    strategy: 'retry_after',
    circuitBreaker: false,
    messageKey: 'codes.rate_limited',
    actions: ['tryAgain'],
    role: 'alert',
    placement: 'inline',
  },
  network_error: {
    kind: 'retry',
    strategy: 'backoff',
    circuitBreaker: false,
    messageKey: 'codes.network_error',
    actions: ['tryAgain'],
    role: 'alert',
    placement: 'inline',
  },
  server_error: {
    kind: 'retry',
    strategy: 'backoff',
    circuitBreaker: true,
    messageKey: 'codes.server_error',
    actions: ['tryAgain'],
    role: 'alert',
    placement: 'inline',
  },
  service_unavailable: {
    kind: 'retry',
    strategy: 'backoff',
    circuitBreaker: false,
    messageKey: 'codes.service_unavailable',
    actions: ['tryAgain', 'checkStatus'],
    role: 'alert',
    placement: 'inline',
  },
  mfa_required: { kind: 'handoff', handoff: 'mfa', messageKey: null, actions: [], role: null, placement: 'replace' },
  step_up_required: { kind: 'handoff', handoff: 'stepUp', messageKey: null, actions: [], role: null, placement: 'replace' },
  captcha_required: { kind: 'handoff', handoff: 'captcha', messageKey: null, actions: [], role: null, placement: 'replace' },
  mfa_enrolment_required: {
    kind: 'handoff',
    handoff: 'mfaEnrolment',
    messageKey: 'codes.mfa_enrolment_required',
    actions: [],
    role: 'status',
    placement: 'replace',
  },
  email_unverified: { kind: 'action', messageKey: 'codes.email_unverified', actions: ['resendVerification'], role: 'alert', placement: 'inline' },
  password_must_be_reset: { kind: 'action', messageKey: 'codes.password_must_be_reset', actions: ['setNewPassword'], role: 'alert', placement: 'inline' },
  webauthn_failed: { kind: 'action', messageKey: 'codes.webauthn_failed', actions: ['useAnotherMethod'], role: 'alert', placement: 'inline' },
  sms_send_failed: { kind: 'action', messageKey: 'codes.sms_send_failed', actions: ['tryAgain', 'useAnotherMethod'], role: 'alert', placement: 'inline' },
  precondition_failed: { kind: 'action', messageKey: 'codes.precondition_failed', actions: ['refresh'], role: 'alert', placement: 'inline' },
  consent_required: {
    kind: 'reauthenticate',
    messageKey: 'codes.consent_required',
    titleKey: 'titles.consent',
    actions: ['continue'],
    role: 'alert',
    placement: 'replace',
  },
  session_expired: {
    kind: 'reauthenticate',
    messageKey: 'codes.session_expired',
    titleKey: 'titles.reauthenticate',
    actions: ['signIn'],
    role: 'alert',
    placement: 'replace',
  },
  session_revoked: {
    kind: 'reauthenticate',
    messageKey: 'codes.session_revoked',
    titleKey: 'titles.reauthenticate',
    actions: ['signIn'],
    role: 'alert',
    placement: 'replace',
  },
  invalid_grant: {
    kind: 'reauthenticate',
    messageKey: 'codes.invalid_grant',
    titleKey: 'titles.reauthenticate',
    actions: ['signIn'],
    role: 'alert',
    placement: 'replace',
  },
  token_expired: { kind: 'silent', strategy: 'refresh', messageKey: null, actions: [], role: null, placement: 'none' },
  silent_auth_failed: { kind: 'silent', strategy: 'retry_once', messageKey: null, actions: [], role: null, placement: 'none' },
  state_mismatch: { kind: 'restart', messageKey: 'codes.state_mismatch', titleKey: 'titles.restart', actions: ['startOver'], role: 'alert', placement: 'replace' },
  flow_expired: { kind: 'restart', messageKey: 'codes.flow_expired', titleKey: 'titles.restart', actions: ['startOver'], role: 'alert', placement: 'replace' },
  flow_invalid: { kind: 'restart', messageKey: 'codes.flow_invalid', titleKey: 'titles.restart', actions: ['startOver'], role: 'alert', placement: 'replace' },
  account_disabled: {
    kind: 'blocked',
    messageKey: 'codes.account_disabled',
    titleKey: 'titles.blocked',
    actions: ['contactSupport'],
    role: 'alert',
    placement: 'replace',
  },
  invalid_redirect_uri: {
    kind: 'config_error',
    topic: 'invalid_redirect_uri',
    messageKey: 'codes.invalid_redirect_uri',
    titleKey: 'titles.config_error',
    actions: ['contactSupport'],
    role: 'alert',
    placement: 'replace',
  },
  invalid_client: {
    kind: 'config_error',
    topic: undefined,
    messageKey: 'codes.invalid_client',
    titleKey: 'titles.config_error',
    actions: ['contactSupport'],
    role: 'alert',
    placement: 'replace',
  },
  unauthorized_client: {
    kind: 'config_error',
    topic: undefined,
    messageKey: 'codes.unauthorized_client',
    titleKey: 'titles.config_error',
    actions: ['contactSupport'],
    role: 'alert',
    placement: 'replace',
  },
  pkce_required: {
    kind: 'config_error',
    topic: undefined,
    messageKey: 'codes.pkce_required',
    titleKey: 'titles.config_error',
    actions: ['contactSupport'],
    role: 'alert',
    placement: 'replace',
  },
  permission_denied: { kind: 'notice', fields: [], messageKey: 'codes.permission_denied', actions: [], role: 'alert', placement: 'inline' },
  not_found: { kind: 'notice', fields: [], messageKey: 'codes.not_found', actions: [], role: 'alert', placement: 'inline' },
  conflict: { kind: 'notice', fields: [], messageKey: 'codes.conflict', actions: [], role: 'alert', placement: 'inline' },
  step_blocked: { kind: 'blocked', messageKey: 'codes.step_blocked', titleKey: 'titles.blocked', actions: ['contactSupport'], role: 'alert', placement: 'replace' },
  step_timeout: { kind: 'blocked', messageKey: 'codes.step_timeout', titleKey: 'titles.blocked', actions: ['contactSupport'], role: 'alert', placement: 'replace' },
  step_error: { kind: 'blocked', messageKey: 'codes.step_error', titleKey: 'titles.blocked', actions: ['contactSupport'], role: 'alert', placement: 'replace' },
  receiver_5xx: { kind: 'delivery', topic: 'webhook-delivery-failures', messageKey: 'delivery.receiver_5xx', actions: [], role: null, placement: 'inline' },
  receiver_4xx: { kind: 'delivery', topic: 'webhook-delivery-failures', messageKey: 'delivery.receiver_4xx', actions: [], role: null, placement: 'inline' },
  receiver_timeout: {
    kind: 'delivery',
    topic: 'webhook-delivery-failures',
    messageKey: 'delivery.receiver_timeout',
    messageValues: { count: 10 },
    actions: [],
    role: null,
    placement: 'inline',
  },
  receiver_tls_failed: {
    kind: 'delivery',
    topic: 'webhook-delivery-failures',
    messageKey: 'delivery.receiver_tls_failed',
    actions: [],
    role: null,
    placement: 'inline',
  },
  dlq_max_attempts: { kind: 'delivery', topic: 'webhook-delivery-failures', messageKey: 'delivery.dlq_max_attempts', actions: [], role: null, placement: 'inline' },
};

const outcomeOf = (input: unknown) => resolveOutcome(toAuthError(input));

describe(resolveOutcome, () => {
  it('should have an expectation for every catalogue code', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...AUTH_ERROR_CODES].sort());
  });

  it.each(AUTH_ERROR_CODES)('should resolve %s as issue 2 §4 says', (code) => {
    const outcome = outcomeOf({ code });

    expect(outcome).toMatchObject({ ...TABLE[code], code });
  });

  it.each(AUTH_ERROR_CODES)('should give %s its family and keep the normalised error', (code) => {
    const error = toAuthError({ code, message: 'server text' });
    const outcome = resolveOutcome(error);

    expect(outcome.error).toBe(error);
    expect(outcome.family).toBeDefined();
  });

  it.each(['unknown', 'no_such_code', 'INVALID_CREDENTIALS', ' invalid_credentials', '__proto__', 'toString', ''])(
    'should resolve the code "%s" to generic',
    (code) => {
      expect(resolveOutcome({ code })).toMatchObject({
        kind: 'generic',
        messageKey: 'generic',
        titleKey: 'titles.generic',
        actions: ['tryAgain'],
        role: 'alert',
        placement: 'inline',
        family: undefined,
      });
    },
  );

  it.each([null, 42, 'invalid_credentials', new TypeError('x is not a function')])('should resolve the junk %s to generic', (input) => {
    expect(outcomeOf(input).kind).toBe('generic');
  });

  it('should resolve a hand-built error without a string code to generic', () => {
    expect(resolveOutcome({ code: 42 } as never).kind).toBe('generic');
  });

  it('should resolve aborted to none, showing nothing', () => {
    expect(outcomeOf(new DOMException('', 'AbortError'))).toMatchObject({
      kind: 'none',
      code: 'aborted',
      messageKey: null,
      titleKey: null,
      hint: null,
      actions: [],
      role: null,
      placement: 'none',
    });
  });

  describe('countdown', () => {
    it.each(['account_locked', 'sms_rate_limited'])('should carry retry_after_s as retryAfterS for %s', (code) => {
      expect(outcomeOf({ code, details: { retry_after_s: '300' } })).toMatchObject({ kind: 'countdown', retryAfterS: 300 });
    });

    it('should have no retryAfterS when the platform gave none', () => {
      expect(outcomeOf({ code: 'account_locked' })).toMatchObject({ kind: 'countdown', retryAfterS: undefined });
    });
  });

  describe('retry', () => {
    it('should carry the Retry-After of rate_limited', () => {
      expect(outcomeOf({ code: 'rate_limited', details: { retry_after_s: 12 } })).toMatchObject({ retryAfterS: 12 });
    });

    it('should be progress (status) rather than an alert when retrying automatically', () => {
      expect(resolveOutcome(toAuthError({ code: 'network_error' }), { autoRetry: true }).role).toBe('status');
    });
  });

  describe('silent', () => {
    it.each(['token_expired', 'silent_auth_failed'])('should fall back to session_expired’s sign-in when %s cannot be handled silently', (code) => {
      const outcome = outcomeOf({ code });

      expect(outcome.kind === 'silent' && outcome.fallback).toMatchObject({
        kind: 'reauthenticate',
        code: 'session_expired',
        messageKey: 'codes.session_expired',
        actions: ['signIn'],
        placement: 'replace',
      });
    });
  });

  describe('field_errors', () => {
    it('should give one entry per field, from a string or a string[]', () => {
      const outcome = outcomeOf({
        code: 'validation_failed',
        details: { fields: { email: 'Enter a valid email', password: ['Too short', 'Needs a digit'] } },
      });

      expect(outcome).toMatchObject({
        kind: 'field_errors',
        fields: [
          { name: 'email', messages: ['Enter a valid email'] },
          { name: 'password', messages: ['Too short', 'Needs a digit'] },
        ],
      });
    });

    it('should keep a field whose messages are all blank, with no messages', () => {
      const outcome = outcomeOf({ code: 'validation_failed', details: { fields: { email: '  ', name: ['', 'Required'] } } });

      expect(outcome).toMatchObject({
        fields: [
          { name: 'email', messages: [] },
          { name: 'name', messages: ['Required'] },
        ],
      });
    });
  });

  describe('notice', () => {
    it('should name the conflicting fields of a conflict', () => {
      const outcome = outcomeOf({ code: 'conflict', details: { fields: { email: 'taken', username: ['taken'] } } });

      expect(outcome).toMatchObject({ kind: 'notice', fields: ['email', 'username'] });
    });

    it('should not name fields for other notices', () => {
      expect(outcomeOf({ code: 'permission_denied', details: { fields: { email: 'x' } } })).toMatchObject({ fields: [] });
    });
  });

  it.each(AUTH_ERROR_CODES.filter((code) => code !== 'receiver_timeout'))('should give %s no message values: its copy has no placeholder', (code) => {
    expect(outcomeOf({ code }).messageValues).toBeUndefined();
  });

  it('should give receiver_timeout the seconds the platform waits, from the catalogue', () => {
    expect(outcomeOf({ code: 'receiver_timeout' }).messageValues).toEqual({ count: catalogue.receiver_timeout.timeoutS });
    expect(catalogue.receiver_timeout.timeoutS).toBe(10);
  });

  describe('invalid_credentials', () => {
    it('should not reveal remaining attempts by default', () => {
      expect(outcomeOf({ code: 'invalid_credentials', details: { remaining_attempts: 2 } }).hint).toBeNull();
    });

    it('should reveal remaining attempts when the app opts in', () => {
      const outcome = resolveOutcome(toAuthError({ code: 'invalid_credentials', details: { remaining_attempts: 2 } }), {
        revealAccountDetails: true,
      });

      expect(outcome.hint).toEqual({ key: 'hints.attemptsRemaining', values: { count: 2 } });
    });
  });

  it('should keep step and reason of custom Action codes on the error only, for logging', () => {
    const outcome = outcomeOf({ code: 'step_blocked', details: { step: 'geo-check', reason: 'Country blocked' } });

    expect(outcome.error.details).toEqual({ step: 'geo-check', reason: 'Country blocked' });
    expect(outcome.messageKey).toBe('codes.step_blocked');
    expect(JSON.stringify({ ...outcome, error: undefined })).not.toContain('geo-check');
  });

  it('should cover every kind in a switch that ends in an exhaustiveness check', () => {
    const describeOutcome = (outcome: AuthErrorOutcome): string => {
      switch (outcome.kind) {
        case 'form_error':
        case 'field_errors':
        case 'countdown':
        case 'retry':
        case 'handoff':
        case 'action':
        case 'reauthenticate':
        case 'silent':
        case 'restart':
        case 'blocked':
        case 'config_error':
        case 'notice':
        case 'delivery':
        case 'generic':
        case 'none':
          return outcome.kind;
        default:
          return outcome satisfies never;
      }
    };
    const kinds = new Set([...AUTH_ERROR_CODES, 'unknown', 'aborted'].map((code) => describeOutcome(resolveOutcome({ code }))));

    expect(kinds.size).toBe(15);
  });
});
