import { delay, http, HttpResponse } from 'msw';

/**
 * A pretend IntelliAuth platform for the flow stories, served by the mock service worker
 * (msw-storybook-addon): nothing leaves the browser. What it answers is picked by a story control.
 */

export const CORRECT_PASSWORD = 'correct horse battery staple';
export const MFA_CODE = '123456';
export const DEMO_USER = { id: 'usr_8f2k1', name: 'Ada Lovelace', email: 'ada@example.com' } as const;

/** How the pretend sign-in endpoint behaves. */
export const BACKENDS = {
  normal: 'Normal: the right password signs in; 3 wrong ones lock the account',
  mfa: 'MFA required after the password',
  captcha: 'Captcha required on the first attempt',
  'state-mismatch': 'state_mismatch on the first attempt (OAuth callback tampered with)',
  'network-failure': 'Network failure on the first 2 attempts',
  'rate-limited': '429 with Retry-After: 3 on the first attempt',
} as const;

export type Backend = keyof typeof BACKENDS;

/** How the pretend settings endpoint (`PUT /api/settings`) fails before it works. */
export const SAVE_BACKENDS = {
  'server-error': '500 server_error once, then saved',
  'rate-limited': '429 with Retry-After: 3 once, then saved',
  'permission-denied': '403 permission_denied, every time',
} as const;

export type SaveBackend = keyof typeof SAVE_BACKENDS;

export interface PlatformOptions {
  backend: Backend;
  /** What `PUT /api/settings` answers. */
  save: SaveBackend;
  /** How long a lockout lasts. */
  lockoutSeconds: number;
  /** Whether `/api/token/refresh` gives a new access token. */
  refresh: 'succeeds' | 'fails';
}

interface PlatformState extends PlatformOptions {
  wrongPasswords: number;
  lockedUntil: number;
  /** Failures still to come, for the backends that fail first and then recover. */
  failuresLeft: number;
  accessToken: string;
  /** The access token the platform considers current (others are expired). */
  validToken: string | null;
  refreshCalls: number;
  saveFailuresLeft: number;
  requests: string[];
}

const MAX_WRONG_PASSWORDS = 3;

function initial(options: PlatformOptions): PlatformState {
  const failuresLeft = options.backend === 'network-failure' ? 2 : options.backend === 'normal' ? 0 : 1;
  return {
    ...options,
    wrongPasswords: 0,
    lockedUntil: 0,
    failuresLeft,
    accessToken: 'at_expired',
    validToken: null,
    refreshCalls: 0,
    saveFailuresLeft: options.save === 'permission-denied' ? Infinity : 1,
    requests: [],
  };
}

const DEFAULTS: PlatformOptions = { backend: 'normal', save: 'server-error', lockoutSeconds: 90, refresh: 'succeeds' };

let state = initial(DEFAULTS);

/** Starts the pretend platform afresh (a story mounts, or its backend control changes). */
export function resetPlatform(options: Partial<PlatformOptions> = {}): void {
  state = initial({ ...DEFAULTS, ...options });
}

/** What the platform has been asked, in order (`POST /api/sign-in`…), for play functions. */
export function platformRequests(): readonly string[] {
  return state.requests;
}

/** The platform's error body: `{ code, message, details? }`, with developer text the user never sees. */
function failure(status: number, code: string, details?: Record<string, unknown>, headers?: Record<string, string>) {
  return HttpResponse.json(
    { code, message: `[${code}] developer diagnostics: trace_id=7f3c9a, do not show to users`, ...(details ? { details } : {}) },
    { status, ...(headers ? { headers } : {}) },
  );
}

function signedIn() {
  state.validToken = `at_${Math.random().toString(36).slice(2, 10)}`;
  return HttpResponse.json({ user: DEMO_USER, access_token: state.validToken });
}

function checkPassword(password: string) {
  const lockedS = Math.ceil((state.lockedUntil - Date.now()) / 1000);
  if (lockedS > 0) return failure(423, 'account_locked', { retry_after_s: lockedS });
  if (password === CORRECT_PASSWORD) {
    state.wrongPasswords = 0;
    return undefined;
  }
  state.wrongPasswords += 1;
  if (state.wrongPasswords >= MAX_WRONG_PASSWORDS) {
    state.wrongPasswords = 0;
    state.lockedUntil = Date.now() + state.lockoutSeconds * 1000;
    return failure(423, 'account_locked', { retry_after_s: state.lockoutSeconds });
  }
  return failure(401, 'invalid_credentials', { remaining_attempts: MAX_WRONG_PASSWORDS - state.wrongPasswords });
}

interface SignInBody {
  email?: string;
  password?: string;
  captcha_token?: string;
}

export const platformHandlers = [
  http.post('/api/sign-in', async ({ request }) => {
    state.requests.push('POST /api/sign-in');
    const body = (await request.json()) as SignInBody;
    await delay(80);
    if (state.failuresLeft > 0) {
      state.failuresLeft -= 1;
      switch (state.backend) {
        case 'network-failure':
          // The connection drops: `fetch` rejects with "TypeError: Failed to fetch".
          return HttpResponse.error();
        case 'rate-limited':
          return HttpResponse.json({ message: 'Slow down' }, { status: 429, headers: { 'Retry-After': '3' } });
        case 'state-mismatch':
          return failure(400, 'state_mismatch');
        case 'captcha':
          if (!body.captcha_token) {
            state.failuresLeft += 1;
            return failure(401, 'captcha_required', { site_key: 'demo-site-key' });
          }
          break;
        default:
          break;
      }
    }
    const wrong = checkPassword(body.password ?? '');
    if (wrong) return wrong;
    if (state.backend === 'mfa') return failure(401, 'mfa_required', { mfa_token: 'mfa_tk_51c0' });
    return signedIn();
  }),

  http.post('/api/mfa/verify', async ({ request }) => {
    state.requests.push('POST /api/mfa/verify');
    const body = (await request.json()) as { code?: string; mfa_token?: string };
    await delay(80);
    if (body.mfa_token !== 'mfa_tk_51c0') return failure(400, 'flow_invalid');
    if (body.code !== MFA_CODE) return failure(401, 'totp_invalid');
    return signedIn();
  }),

  http.get('/api/me', async ({ request }) => {
    state.requests.push('GET /api/me');
    await delay(60);
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
    if (!token || token !== state.validToken) {
      // RFC 6750: an expired access token. fromResponse reads this as token_expired.
      return new HttpResponse(null, {
        status: 401,
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' },
      });
    }
    return HttpResponse.json(DEMO_USER);
  }),

  http.post('/api/token/refresh', async () => {
    state.requests.push('POST /api/token/refresh');
    state.refreshCalls += 1;
    await delay(150);
    if (state.refresh === 'fails') {
      // The refresh token was revoked: the OAuth token endpoint's body.
      return HttpResponse.json({ error: 'invalid_grant', error_description: 'Refresh token revoked' }, { status: 400 });
    }
    state.validToken = `at_${Math.random().toString(36).slice(2, 10)}`;
    return HttpResponse.json({ access_token: state.validToken });
  }),

  http.put('/api/settings', async () => {
    state.requests.push('PUT /api/settings');
    await delay(80);
    if (state.saveFailuresLeft > 0) {
      state.saveFailuresLeft -= 1;
      if (state.save === 'rate-limited') return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } });
      if (state.save === 'permission-denied') return failure(403, 'permission_denied', { required_role: 'org:admin' });
      return failure(500, 'server_error', { request_id: 'req_91ab' });
    }
    return HttpResponse.json({ saved: true });
  }),

  http.get('/api/webhooks/deliveries', async () => {
    state.requests.push('GET /api/webhooks/deliveries');
    await delay(60);
    return HttpResponse.json(WEBHOOK_DELIVERIES);
  }),
];

/** A subscription's delivery feed, as the admin API returns it. */
export interface WebhookDelivery {
  id: string;
  event: string;
  endpoint: string;
  attempts: number;
  at: string;
  /** `null` when delivered. */
  error_code: string | null;
}

export const WEBHOOK_DELIVERIES: readonly WebhookDelivery[] = [
  { id: 'dlv_01', event: 'user.created', endpoint: 'https://hooks.acme.dev/intelliauth', attempts: 1, at: '2025-11-25T09:12:04Z', error_code: null },
  { id: 'dlv_02', event: 'user.updated', endpoint: 'https://hooks.acme.dev/intelliauth', attempts: 3, at: '2025-11-25T09:14:40Z', error_code: 'receiver_5xx' },
  { id: 'dlv_03', event: 'session.revoked', endpoint: 'https://legacy.acme.dev/hooks', attempts: 2, at: '2025-11-25T09:20:11Z', error_code: 'receiver_4xx' },
  { id: 'dlv_04', event: 'user.deleted', endpoint: 'https://hooks.acme.dev/intelliauth', attempts: 4, at: '2025-11-25T09:31:57Z', error_code: 'receiver_timeout' },
  { id: 'dlv_05', event: 'mfa.enrolled', endpoint: 'https://old-cert.acme.dev/hooks', attempts: 1, at: '2025-11-25T09:45:02Z', error_code: 'receiver_tls_failed' },
  { id: 'dlv_06', event: 'user.created', endpoint: 'https://legacy.acme.dev/hooks', attempts: 12, at: '2025-11-24T22:03:30Z', error_code: 'dlq_max_attempts' },
  // A code this version of the kit does not know yet: generic copy, no link.
  { id: 'dlv_07', event: 'user.updated', endpoint: 'https://hooks.acme.dev/intelliauth', attempts: 1, at: '2025-11-25T10:02:19Z', error_code: 'receiver_dns_failed' },
];
