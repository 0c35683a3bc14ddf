// @intelliauth/react-auth-errors/adapters/clerk: Clerk's errors in the kit's language.
// Pure: no React, nothing of the root entry.
export { fromClerkError } from './fromClerkError';
