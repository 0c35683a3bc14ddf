import type { ErrorInfo } from 'next/error';
import type { ComponentProps } from 'react';
import type { AuthErrorPage, NextAuthErrorProviderProps } from '../../src/integrations/next';
import type { RouteAuthErrorBoundary } from '../../src/integrations/react-router';

/** The props whose values are functions (or may be). */
type FunctionProps<Props> = {
  [Key in keyof Props]-?: Extract<NonNullable<Props[Key]>, (...args: never[]) => unknown> extends never ? never : Key;
}[keyof Props];

describe('AuthErrorPage', () => {
  it('should take the props Next.js gives error.tsx (next/error ErrorInfo)', () => {
    expectTypeOf<ErrorInfo>().toExtend<ComponentProps<typeof AuthErrorPage>>();
  });

  it('should need the error and reset', () => {
    // @ts-expect-error: error.tsx always gets an error
    expectTypeOf<{ reset: () => void }>().toExtend<ComponentProps<typeof AuthErrorPage>>();
  });
});

describe('NextAuthErrorProviderProps', () => {
  it('should hold only settings a server component can pass to a client component (no callbacks)', () => {
    expectTypeOf<FunctionProps<NextAuthErrorProviderProps>>().toEqualTypeOf<never>();
  });

  it('should take the sign-in link a server layout passes instead of onSignIn', () => {
    expectTypeOf<{ signInHref: string; lng: string; supportHref: string }>().toExtend<NextAuthErrorProviderProps>();
    // @ts-expect-error: a callback cannot cross from a server component
    expectTypeOf<{ onSignIn: () => void }>().toExtend<NextAuthErrorProviderProps>();
  });
});

describe('RouteAuthErrorBoundary', () => {
  it('should take no error: it reads the route error itself', () => {
    // @ts-expect-error: the route's error comes from useRouteError()
    expectTypeOf<{ error: unknown }>().toExtend<ComponentProps<typeof RouteAuthErrorBoundary>>();
  });
});
