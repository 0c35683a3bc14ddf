'use client';

import type { ReactNode } from 'react';
import { AuthErrorProvider, type AuthErrorProviderProps } from '../../components/AuthErrorProvider';

/**
 * Props of {@link NextAuthErrorProvider}: the provider's settings that a server component can
 * pass to a client component (strings, numbers, booleans, plain objects). Callbacks
 * (`onRefreshToken`, `onSignIn`, `handoffs`…) cannot cross from the server: put them on an
 * `AuthErrorProvider` in a `'use client'` module of your own.
 */
export type NextAuthErrorProviderProps = Pick<
  AuthErrorProviderProps,
  | 'children'
  | 'lng'
  | 'resources'
  | 'signInHref'
  | 'restartHref'
  | 'supportHref'
  | 'statusPageHref'
  | 'resetPasswordHref'
  | 'topicBaseUrl'
  | 'allowedOrigins'
  | 'origin'
  | 'autoRetry'
  | 'refreshTimeoutMs'
  | 'revealAccountDetails'
  | 'fieldLabels'
  | 'headingLevel'
  | 'presentation'
  | 'theme'
  | 'colorScheme'
  | 'className'
  | 'classNames'
  | 'unstyled'
>;

/**
 * `AuthErrorProvider` for a Next.js server layout: a client component that takes only settings
 * a server component can pass (`signInHref` rather than `onSignIn`), so `app/layout.tsx` can
 * render it as it is.
 *
 * @example
 * // app/layout.tsx (a server component)
 * <NextAuthErrorProvider lng="de" signInHref="/sign-in" supportHref="/help">{children}</NextAuthErrorProvider>
 */
// The provider itself, typed to the props a server component can pass (no wrapper to ship).
export const NextAuthErrorProvider: (props: NextAuthErrorProviderProps) => ReactNode = AuthErrorProvider;
