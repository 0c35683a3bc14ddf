export { setAuthFieldErrors } from './setAuthFieldErrors';
export { useAuthErrorForm } from './useAuthErrorForm';

export type { SetAuthFieldErrorsOptions } from './setAuthFieldErrors';
export type { AuthErrorForm } from './useAuthErrorForm';
