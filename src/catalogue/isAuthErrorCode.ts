import { catalogue, type AuthErrorCode } from './catalogue';

/**
 * Whether `value` is exactly one of the catalogue's codes. Own keys only, so `'__proto__'` or
 * `'toString'` are not codes, and matching is exact: `'INVALID_CREDENTIALS'` is not a code.
 *
 * @example
 * if (isAuthErrorCode(body.code)) catalogue[body.code].family
 */
export function isAuthErrorCode(value: unknown): value is AuthErrorCode {
  return typeof value === 'string' && Object.hasOwn(catalogue, value);
}
