import type { AuthErrorCode } from './catalogue';
import { codeList } from './codeList';

/**
 * Whether `value` is exactly one of the catalogue's codes. Matching is exact: `'__proto__'`,
 * `'toString'` and `'INVALID_CREDENTIALS'` are not codes.
 *
 * @example
 * if (isAuthErrorCode(body.code)) catalogue[body.code].family
 */
export function isAuthErrorCode(value: unknown): value is AuthErrorCode {
  return (codeList as readonly unknown[]).includes(value);
}
