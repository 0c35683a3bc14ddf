export { AuthErrorToaster } from './AuthErrorToaster';
export { useAuthErrorToast } from './useAuthErrorToast';

export type { AuthErrorToasterPosition, AuthErrorToasterProps } from './AuthErrorToaster';
export type { ToastAuthErrorOptions, UseAuthErrorToastResult } from './useAuthErrorToast';
