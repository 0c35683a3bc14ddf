import { catalogue, type AuthErrorCode, type AuthErrorFamily } from './catalogue';
import { isAuthErrorCode } from './isAuthErrorCode';

/**
 * The family of a code, or `undefined` for a code the catalogue does not know.
 *
 * @example
 * getFamily('totp_invalid') // 'mfa'
 */
export function getFamily(code: AuthErrorCode): AuthErrorFamily;
export function getFamily(code: string): AuthErrorFamily | undefined;
export function getFamily(code: string): AuthErrorFamily | undefined {
  return isAuthErrorCode(code) ? catalogue[code].family : undefined;
}
