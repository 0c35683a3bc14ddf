import { AUTH_ERROR_CODES, catalogue, getFamily, isAuthErrorCode } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { findSeed, parseSeed } from '../helpers/seed';

describe('catalogue', () => {
  it('should list all 45 codes, each once', () => {
    expect(AUTH_ERROR_CODES).toHaveLength(45);
    expect(new Set(AUTH_ERROR_CODES).size).toBe(45);
  });

  it('should list the codes in catalogue order', () => {
    expect(AUTH_ERROR_CODES).toEqual(Object.keys(catalogue));
  });

  it('should file codes in eight families of the documented sizes', () => {
    const sizes: Record<string, number> = {};
    for (const code of AUTH_ERROR_CODES) sizes[getFamily(code)] = (sizes[getFamily(code)] ?? 0) + 1;
    expect(sizes).toEqual({ sign_in: 9, oauth: 8, session: 4, mfa: 7, platform: 5, resource: 4, webhook: 5, action: 3 });
  });

  it('should mark webhook and custom Action codes as admin-facing and the rest as user-facing', () => {
    for (const code of AUTH_ERROR_CODES) {
      const admin = catalogue[code].family === 'webhook' || catalogue[code].family === 'action';
      expect(catalogue[code].audience, code).toBe(admin ? 'admin' : 'user');
    }
  });

  it('should hide the codes the platform says not to show and mark the varying ones', () => {
    const hidden = AUTH_ERROR_CODES.filter((code) => catalogue[code].display === 'hidden');
    const varies = AUTH_ERROR_CODES.filter((code) => catalogue[code].display === 'varies');
    expect(hidden).toEqual(['mfa_required', 'step_up_required', 'captcha_required', 'token_expired', 'silent_auth_failed']);
    expect(varies).toEqual(['invalid_grant', 'not_found']);
  });

  it('should name the troubleshooting topics the platform documents', () => {
    const topics = Object.fromEntries(AUTH_ERROR_CODES.flatMap((code) => {
      const entry = catalogue[code];
      return 'topic' in entry ? [[code, entry.topic]] : [];
    }));
    expect(topics).toMatchObject({
      invalid_redirect_uri: 'invalid_redirect_uri',
      token_expired: 'token_expired',
      mfa_required: 'mfa_required',
      step_up_required: 'step_up_required',
      captcha_required: 'captcha_required',
      receiver_5xx: 'webhook-delivery-failures',
      dlq_max_attempts: 'webhook-delivery-failures',
    });
  });

  it('should have English copy for every code users see', () => {
    for (const code of AUTH_ERROR_CODES) {
      const entry = catalogue[code];
      const bundle: Record<string, string> = entry.outcome === 'delivery' ? en.delivery : en.codes;
      // A message that counts (receiver_timeout's seconds) has plural forms instead of one string.
      const copy = bundle[code] ?? bundle[`${code}_other`];
      if (entry.display === 'hidden') expect(copy, code).toBeUndefined();
      else expect(copy, code).toEqual(expect.stringMatching(/\S/));
    }
  });
});

describe(isAuthErrorCode, () => {
  it.each(AUTH_ERROR_CODES)('should accept %s', (code) => {
    expect(isAuthErrorCode(code)).toBe(true);
  });

  it.each([
    '__proto__',
    'toString',
    'constructor',
    'hasOwnProperty',
    'INVALID_CREDENTIALS',
    ' invalid_credentials',
    'invalid_credentials ',
    '',
    'unknown',
    null,
    undefined,
    42,
    {},
    ['invalid_credentials'],
    Symbol('invalid_credentials'),
  ])('should refuse %s', (value) => {
    expect(isAuthErrorCode(value)).toBe(false);
  });
});

describe(getFamily, () => {
  it('should give the family of a code and undefined for anything else', () => {
    expect(getFamily('totp_invalid')).toBe('mfa');
    expect(getFamily('receiver_timeout')).toBe('webhook');
    expect(getFamily('step_error')).toBe('action');
    expect(getFamily('toString')).toBeUndefined();
    expect(getFamily('nope')).toBeUndefined();
  });
});

const seedText = findSeed();

describe('conformance with the platform catalogue (../shared/seed)', () => {
  if (!seedText) {
    it.skip('seed file not found beside the repository (a fresh clone has none): conformance skipped', () => {});
    return;
  }
  const seed = parseSeed(seedText);

  it('should contain every code the platform documents, in its family', () => {
    expect(seed.families.size).toBe(45);
    for (const [code, family] of seed.families) {
      expect(isAuthErrorCode(code), `${code} is missing from the catalogue`).toBe(true);
      expect(getFamily(code), `${code} is in the wrong family`).toBe(family);
    }
  });

  // Where the kit's English says more than the platform's on purpose.
  const SPELLED_OUT: Readonly<Record<string, string>> = {
    // Users may not know the acronym.
    mfa_enrolment_required: 'We need to set up multi-factor authentication (MFA) before you can sign in.',
  };

  it('should use the platform copy verbatim in English, but for MFA spelled out', () => {
    expect(seed.copy.size).toBe(29);
    for (const [code, copy] of seed.copy) {
      expect((en.codes as Record<string, string>)[code], code).toBe(SPELLED_OUT[code] ?? copy);
    }
    expect(seed.copy.get('mfa_enrolment_required')).toBe('We need to set up MFA before you can sign in.');
  });
});
