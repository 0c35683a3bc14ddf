// @intelliauth/react-auth-errors/adapters/cognito: Amazon Cognito's and Amplify's errors in the
// kit's language. Pure: no React, nothing of the root entry.
export { fromCognitoError } from './fromCognitoError';
