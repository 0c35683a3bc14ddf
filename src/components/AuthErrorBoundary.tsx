'use client';

import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { mountAnnouncer } from '../engine/announcer';
import type { ErrorStore } from '../engine/createErrorStore';
import { devWarn } from '../dev';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { BoundaryContext, type BoundaryContextValue } from '../hooks/BoundaryContext';
import { useKit } from '../hooks/KitContext';
import { mergeOptions } from '../hooks/mergeOptions';
import { outcomeFields } from '../hooks/outcomeState';
import { useErrorStore } from '../hooks/useErrorStore';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { useShallowStable } from '../hooks/useShallowStable';
import { useStoreSnapshot } from '../hooks/useStoreSnapshot';
import { useToastHandover } from '../hooks/useToastHandover';
import { ErrorCatcher } from './ErrorCatcher';
import { OutcomeView } from './OutcomeView';

/** Props of {@link AuthErrorBoundary}. Every option can also be set app-wide on `AuthErrorProvider`. */
export interface AuthErrorBoundaryProps extends AuthErrorOptions {
  /**
   * An error given as a value (from a hook, a fetch, an OAuth callback); `null`/`undefined` for
   * none. Inline outcomes render above the children, which stay mounted; blocking outcomes
   * (restart, sign in again, blocked, configuration, hand-offs) replace them.
   */
  error?: unknown;
  /** When any of these change (`Object.is`), a caught error is cleared, as in react-error-boundary. */
  resetKeys?: readonly unknown[];
  children?: ReactNode;
}

interface ThrownOutcomeProps {
  store: ErrorStore<AuthErrorOptions>;
  options: AuthErrorOptions;
  thrown: unknown;
}

/** What a thrown error shows in place of the children: the same store path as an error given as a value. */
function ThrownOutcome({ store, options, thrown }: ThrownOutcomeProps) {
  // The catcher tells the store after the commit (componentDidCatch); until then, peek.
  const snapshot = useStoreSnapshot(store, options, thrown, false);
  // token_expired being refreshed, silent_auth_failed being retried: nothing to show meanwhile.
  if (snapshot.outcome.placement === 'none') return null;
  return <OutcomeView store={store} snapshot={snapshot} />;
}

/**
 * Turns any auth error into the right UI: catches what its children throw, and takes errors as
 * values (the `error` prop, or `showAuthError` from `useAuthErrorBoundary` in async handlers).
 * Each error is normalised, resolved against the catalogue and drawn by the renderer for its
 * outcome, with its behaviour wired: countdowns, retries with backoff, token refresh,
 * hand-offs to the app's own MFA / step-up / captcha UI.
 *
 * @example
 * <AuthErrorBoundary error={signIn.error} onRetry={() => signIn.mutate()} onSignIn={login}>
 *   <SignInForm />
 * </AuthErrorBoundary>
 */
export function AuthErrorBoundary(props: AuthErrorBoundaryProps) {
  const kit = useKit();
  // Destructured after the first hook: React builds a thrown error's component stack by calling
  // each component above it without props, and a destructuring parameter would throw there first.
  const { error: errorProp, resetKeys, children, ...own } = props;
  const ownOptions = useShallowStable(own);
  const options = useMemo(() => mergeOptions(kit.options, ownOptions), [kit.options, ownOptions]);
  // An error given as a value: the prop, or one routed in with `showAuthError` (which wins).
  const [shown, setShown] = useState<unknown>(null);
  // The catcher's reset, handed over with each catch (its ref is not attached yet when a first render throws).
  const resetCatcher = useRef<() => void>(undefined);
  const valueStore = useErrorStore(kit.services, 'value', options, () => setShown(null));
  const thrownStore = useErrorStore(kit.services, 'thrown', options, () => resetCatcher.current?.());
  const snapshot = useStoreSnapshot(valueStore, options, shown ?? errorProp ?? null, true);
  // Presented as a toast (`presentation`), the error is the toaster's to draw: nothing inline.
  const toasted = useToastHandover(valueStore, snapshot, kit.services.toaster);
  // The page's polite live region, in place before any progress is announced into it.
  useIsomorphicLayoutEffect(mountAnnouncer, []);
  if (process.env.NODE_ENV !== 'production' && children === undefined && !('error' in props)) {
    devWarn('<AuthErrorBoundary> has neither children nor an `error`: it shows nothing. Give it the content to guard, or the error to show (in a React Router `errorElement`, use `RouteAuthErrorBoundary` from `@intelliauth/react-auth-errors/react-router`).');
  }

  // The boundary's handlers, made once: its stores and state setter never change.
  const [actions] = useState<BoundaryContextValue['actions']>(() => {
    const resetAuthError = () => {
      thrownStore.reset({ reason: 'imperative' });
      valueStore.reset({ reason: 'imperative' });
      setShown(null);
    };
    return {
      showAuthError: (error) => (error === null || error === undefined ? resetAuthError() : setShown(() => error)),
      resetAuthError,
      clearFieldError: valueStore.dismissField,
    };
  });
  const { translator } = kit;
  const id = useId();
  const { outcome } = snapshot;
  const context = useMemo<BoundaryContextValue>(
    () => ({
      ...actions,
      actions,
      fields: new Map(outcomeFields(outcome, translator.t).map((field) => [field.name, field])),
      fieldErrorId: (name) => `${id}-field-${name}`,
      options,
    }),
    [actions, outcome, translator, id, options],
  );

  return (
    <BoundaryContext.Provider value={context}>
      <ErrorCatcher
        resetKeys={resetKeys}
        onCatch={(thrown, componentStack, reset) => {
          resetCatcher.current = reset;
          thrownStore.receive(thrown, componentStack);
        }}
        onKeysReset={(prev, next) => {
          thrownStore.reset({ reason: 'keys', prev, next });
          setShown(null);
        }}
        onRecovered={thrownStore.recovered}
        fallback={(thrown) => <ThrownOutcome store={thrownStore} options={options} thrown={thrown} />}
      >
        {!toasted && outcome.placement !== 'none' && <OutcomeView store={valueStore} snapshot={snapshot} />}
        {outcome.placement === 'replace' ? null : children}
      </ErrorCatcher>
    </BoundaryContext.Provider>
  );
}
