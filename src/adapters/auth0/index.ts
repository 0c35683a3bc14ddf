// @intelliauth/react-auth-errors/adapters/auth0: Auth0's errors in the kit's language.
// Pure: no React, nothing of the root entry.
export { fromAuth0Error } from './fromAuth0Error';
