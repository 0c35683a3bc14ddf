import { toAuthError, toFieldErrors } from '../../src';

describe(toFieldErrors, () => {
  it("should list each field's messages of a validation_failed error", () => {
    expect(toFieldErrors({ code: 'validation_failed', details: { fields: { email: 'Enter a valid email address.', password: ['Too short.', 'Add a number.'] } } })).toEqual({
      email: ['Enter a valid email address.'],
      password: ['Too short.', 'Add a number.'],
    });
  });

  it('should read what toAuthError reads: an envelope, a normalised error', () => {
    const body = { error: { code: 'validation_failed', details: { fields: { email: 'Taken.' } } } };
    expect(toFieldErrors(body)).toEqual({ email: ['Taken.'] });
    expect(toFieldErrors(toAuthError(body))).toEqual({ email: ['Taken.'] });
  });

  it('should list a field the server named without a message, with no messages', () => {
    expect(toFieldErrors({ code: 'validation_failed', details: { fields: { password: '', email: ['  '] } } })).toEqual({ password: [], email: [] });
  });

  it('should read the fields of a code the catalogue does not know (another service’s invalid_request)', () => {
    expect(toFieldErrors({ code: 'invalid_request', details: { fields: { phone: 'Use international format.' } } })).toEqual({ phone: ['Use international format.'] });
  });

  it.each(['invalid_credentials', 'conflict', 'account_locked', 'aborted'])('should give nothing for %s, whatever fields it carries', (code) => {
    expect(toFieldErrors({ code, details: { fields: { email: 'No account with this email.' } } })).toEqual({});
  });

  it.each([null, undefined, 'validation_failed', 42, new TypeError('Failed to fetch'), { code: 'validation_failed' }])('should give nothing for %s', (input) => {
    expect(toFieldErrors(input)).toEqual({});
  });

  it('should keep a field named __proto__ as a field, never as the prototype', () => {
    const fields = toFieldErrors(JSON.parse('{"code":"validation_failed","details":{"fields":{"__proto__":"Bad."}}}'));
    expect(Object.keys(fields)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});
