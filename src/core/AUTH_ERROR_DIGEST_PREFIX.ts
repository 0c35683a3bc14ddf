/** How a digest made by `toAuthErrorDigest` starts: `toAuthError` reads only digests that do. */
export const AUTH_ERROR_DIGEST_PREFIX = 'INTELLIAUTH_ERROR;';
