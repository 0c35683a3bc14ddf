import { toAuthError, toFieldErrors } from '../../src';

describe(toFieldErrors, () => {
  it('should give each field’s messages as a list', () => {
    const error = { code: 'validation_failed', details: { fields: { email: 'Enter a valid email.', password: ['Too short.', 'Add a digit.'] } } };

    expect(toFieldErrors(error)).toEqual({ email: ['Enter a valid email.'], password: ['Too short.', 'Add a digit.'] });
  });

  it('should read a body it has not seen normalised', () => {
    expect(toFieldErrors({ error: { code: 'validation_failed', details: { fields: { email: 'Required' } } } })).toEqual({ email: ['Required'] });
  });

  it('should read an already normalised error', () => {
    expect(toFieldErrors(toAuthError({ code: 'validation_failed', details: { fields: { email: 'Required' } } }))).toEqual({
      email: ['Required'],
    });
  });

  it('should drop blank messages', () => {
    expect(toFieldErrors({ code: 'validation_failed', details: { fields: { name: ['', '  ', 'Required'], bio: ['Too long', '\n'] } } })).toEqual({
      name: ['Required'],
      bio: ['Too long'],
    });
  });

  it('should keep a field named without a message, with an empty list', () => {
    expect(toFieldErrors({ code: 'validation_failed', details: { fields: { email: '', phone: [], name: ['  '] } } })).toEqual({
      email: [],
      phone: [],
      name: [],
    });
  });

  it('should give the conflicting fields of a conflict', () => {
    expect(toFieldErrors({ code: 'conflict', details: { fields: { email: [] } } })).toEqual({ email: [] });
  });

  it('should keep fields named __proto__ and constructor as own fields', () => {
    const errors = toFieldErrors(JSON.parse('{"code":"validation_failed","details":{"fields":{"__proto__":"Bad","constructor":["Also bad"]}}}'));

    expect(Object.keys(errors)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(errors, '__proto__')?.value).toEqual(['Bad']);
    expect(errors.constructor).toEqual(['Also bad']);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });

  it('should drop messages that are not strings', () => {
    expect(toFieldErrors({ code: 'validation_failed', details: { fields: { age: 42, name: [1, null, 'Required'], bio: { a: 'b' } } } })).toEqual({
      name: ['Required'],
    });
  });

  it.each([
    ['an error without fields', { code: 'invalid_credentials' }],
    ['fields that are not an object', { code: 'validation_failed', details: { fields: 'email' } }],
    ['null', null],
    ['a string', 'validation_failed'],
    ['a failed fetch', new TypeError('Failed to fetch')],
  ])('should give {} for %s', (_label, input) => {
    expect(toFieldErrors(input)).toEqual({});
  });
});
