// @intelliauth/react-auth-errors/next: Next.js App Router. This module and `throwAuthError` are
// server-safe (no 'use client'): import them from server components and server actions.
// `AuthErrorPage` and `NextAuthErrorProvider` are client components a server component can render.
export { throwAuthError } from './throwAuthError';
export { AuthErrorPage } from './AuthErrorPage';
export { NextAuthErrorProvider } from './NextAuthErrorProvider';

export type { AuthErrorPageProps } from './AuthErrorPage';
export type { NextAuthErrorProviderProps } from './NextAuthErrorProvider';
