'use client';

import { Component, useCallback, useId, useMemo, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { createErrorTracker } from '../core/createErrorTracker';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { resolveOutcome } from '../core/resolveOutcome';
import { toAuthError } from '../core/toAuthError';
import { devError } from '../dev';
import { announce, mountAnnouncer } from '../a11y/announcer';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { useOutcomeDecision, type OutcomeHost } from '../hooks/useOutcomeDecision';
import { outcomeFields } from '../hooks/useOutcomeState';
import { useShallowStable } from '../hooks/useShallowStable';
import { useToastPresentation } from '../hooks/useToastPresentation';
import { useValueHost } from '../hooks/useValueHost';
import type { AuthErrorOptions, AuthErrorResetReason } from './AuthErrorOptions';
import { BoundaryContext, type BoundaryContextValue } from './BoundaryContext';
import { mergeOptions, useKit } from './KitContext';
import { OutcomeView } from './OutcomeView';
import { slotClass } from './slots';
import { themeToStyle } from '../theme/themeToStyle';

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

const keysChanged = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((key, i) => !Object.is(key, b[i]));

interface CatcherProps {
  resetKeys: readonly unknown[] | undefined;
  onCatch(error: unknown, componentStack: string | undefined): void;
  onKeysReset(error: unknown, prev: readonly unknown[] | undefined, next: readonly unknown[] | undefined): void;
  onRecovered(): void;
  fallback(thrown: unknown, reset: () => void): ReactNode;
  children: ReactNode;
}

interface CatcherState {
  /** Boxed, so that `throw null` is still an error. */
  thrown: { value: unknown } | null;
}

/** The class part: catches what the children throw. */
class ErrorCatcher extends Component<CatcherProps, CatcherState> {
  override state: CatcherState = { thrown: null };

  static getDerivedStateFromError(error: unknown): CatcherState {
    return { thrown: { value: error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onCatch(error, info.componentStack ?? undefined);
  }

  override componentDidUpdate(prevProps: CatcherProps, prevState: CatcherState) {
    const { thrown } = this.state;
    // Keys that change in the same update that caught the error do not clear it.
    if (thrown && prevState.thrown && keysChanged(prevProps.resetKeys, this.props.resetKeys)) {
      this.reset();
      this.props.onKeysReset(thrown.value, prevProps.resetKeys, this.props.resetKeys);
    } else if (!thrown && prevState.thrown) {
      // The children rendered again without throwing.
      this.props.onRecovered();
    }
  }

  reset = () => this.setState({ thrown: null });

  override render() {
    const { thrown } = this.state;
    return thrown ? this.props.fallback(thrown.value, this.reset) : this.props.children;
  }
}

interface ThrownOutcomeProps {
  thrown: unknown;
  host: OutcomeHost;
}

function ThrownOutcome({ thrown, host }: ThrownOutcomeProps) {
  // `throw null` is an error too: the decision reads null and undefined as "no error".
  const input = useMemo(() => (thrown === null || thrown === undefined ? toAuthError(thrown) : thrown), [thrown]);
  const decision = useOutcomeDecision(input, host);
  // token_expired being refreshed, silent_auth_failed being retried: nothing to show meanwhile.
  if (decision.outcome.placement === 'none') return null;
  return <OutcomeView decision={decision} host={host} />;
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
  const [thrownTracker] = useState(() => createErrorTracker());
  const [shown, setShown] = useState<unknown>(null);
  const catcher = useRef<ErrorCatcher>(null);
  const id = useId();

  // An error given as a value: the prop, or one routed in with `showAuthError` (which wins).
  const { host: valueHost, value, markHandled, given, report } = useValueHost(kit, options, shown ?? errorProp ?? null, announce, () =>
    setShown(null),
  );
  const clearThrown = useCallback(
    (reason: AuthErrorResetReason, error: IntelliAuthError) => {
      catcher.current?.reset();
      report({ reason, error });
    },
    [report],
  );
  const thrownHost = useMemo<OutcomeHost>(
    () => ({ ...valueHost, tracker: thrownTracker, source: 'thrown', clear: clearThrown }),
    [valueHost, thrownTracker, clearThrown],
  );
  const decision = useOutcomeDecision(value, valueHost);
  // Presented as a toast (`presentation`), the error is the toaster's to draw: nothing inline.
  const toasted = useToastPresentation(decision, valueHost);

  // The page's polite live region, in place before any progress is announced into it.
  useIsomorphicLayoutEffect(mountAnnouncer, []);

  const resetAuthError = useCallback(() => {
    const thrown = catcher.current?.state.thrown;
    const shownNow = given();
    const current = thrown ? toAuthError(thrown.value) : shownNow !== null ? toAuthError(shownNow) : null;
    catcher.current?.reset();
    thrownTracker.clear();
    setShown(null);
    markHandled();
    if (current) report({ reason: 'imperative', error: current });
  }, [given, markHandled, report, thrownTracker]);

  const showAuthError = useCallback(
    (error: unknown) => {
      if (error === null || error === undefined) resetAuthError();
      else setShown(() => error);
    },
    [resetAuthError],
  );

  const { outcome } = decision;
  const fields = useMemo(
    () => new Map(outcomeFields(outcome, kit.translator.t).map((field) => [field.name, field])),
    [outcome, kit.translator],
  );
  const context = useMemo<BoundaryContextValue>(
    () => ({
      showAuthError,
      resetAuthError,
      fields,
      fieldErrorId: (name) => `${id}-field-${name}`,
      slot: (name, extra) => slotClass(options, name, extra),
      themeStyle: themeToStyle(options.theme),
      colorScheme: options.colorScheme,
    }),
    [showAuthError, resetAuthError, fields, id, options],
  );

  const onError = options.onError;
  const onCatch = useCallback(
    (thrown: unknown, componentStack: string | undefined) => {
      if (!onError) return;
      const error = toAuthError(thrown);
      try {
        onError(error, { source: 'thrown', outcome: resolveOutcome(error), ...(componentStack ? { componentStack } : {}) });
      } catch (failure) {
        // Reporting must not take the error screen down with it (nor out of this boundary).
        if (process.env.NODE_ENV !== 'production') devError(`onError threw while reporting ${error.code}; the error is shown anyway. ${failure instanceof Error ? failure.message : ''}`);
      }
    },
    [onError],
  );
  const onKeysReset = useCallback(
    (thrown: unknown, prev: readonly unknown[] | undefined, next: readonly unknown[] | undefined) => {
      thrownTracker.clear();
      setShown(null);
      report({ reason: 'keys', error: toAuthError(thrown), ...(prev ? { prev } : {}), ...(next ? { next } : {}) });
    },
    [report, thrownTracker],
  );
  const onRecovered = useCallback(() => kit.services.breaker.recordSuccess(), [kit.services]);

  return (
    <BoundaryContext.Provider value={context}>
      <ErrorCatcher
        ref={catcher}
        resetKeys={resetKeys}
        onCatch={onCatch}
        onKeysReset={onKeysReset}
        onRecovered={onRecovered}
        fallback={(thrown) => <ThrownOutcome thrown={thrown} host={thrownHost} />}
      >
        {!toasted && outcome.kind !== 'none' && outcome.placement !== 'none' && <OutcomeView decision={decision} host={valueHost} />}
        {outcome.placement === 'replace' ? null : children}
      </ErrorCatcher>
    </BoundaryContext.Provider>
  );
}
