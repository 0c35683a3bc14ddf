// @intelliauth/react-auth-errors/adapters/firebase: Firebase Authentication's errors in the kit's
// language. Pure: no React, nothing of the root entry.
export { fromFirebaseError } from './fromFirebaseError';
