import type { AuthErrorCode } from './catalogue';
import { AUTH_ERROR_CODES } from './AUTH_ERROR_CODES';

/**
 * Whether `value` is exactly one of the catalogue's codes. Matching is exact: `'__proto__'`,
 * `'toString'` and `'INVALID_CREDENTIALS'` are not codes.
 *
 * @example
 * if (isAuthErrorCode(body.code)) catalogue[body.code].family
 */
export function isAuthErrorCode(value: unknown): value is AuthErrorCode {
  return (AUTH_ERROR_CODES as readonly unknown[]).includes(value);
}
