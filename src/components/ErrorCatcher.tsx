'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { devError } from '../dev';
import { shallowEqual } from '../engine/shallowEqual';

interface ErrorCatcherProps {
  /** What to show instead of the children while they are failing. */
  fallback(thrown: unknown): ReactNode;
  /** A new value (an outcome's guards: a new error) gives the children another chance in the same render. */
  resetKey?: unknown;
  /** When any of these change (`Object.is`) after a catch, the children get another chance and `onKeysReset` runs. */
  resetKeys?: readonly unknown[] | undefined;
  /**
   * What the development log names when the children throw: the code whose renderer from the
   * app's `renderers` is guarded, or `''` for the kit's own view. The boundary's catcher has none:
   * it reports through `onCatch`.
   */
  guards?: string;
  /** A child threw (called once per catch, after the commit: the place to tell the engine), with a way to render the children again. */
  onCatch?(error: unknown, componentStack: string | undefined, reset: () => void): void;
  onKeysReset?(prev: readonly unknown[], next: readonly unknown[]): void;
  /** The children rendered again without throwing. */
  onRecovered?(): void;
  children: ReactNode;
}

interface ErrorCatcherState {
  /** Boxed, so that `throw null` is still an error. */
  thrown: { value: unknown } | null;
  resetKey: unknown;
}

/**
 * Catches what its children throw and shows the fallback instead: the class part of
 * `AuthErrorBoundary`, and the guards that keep a failing renderer from blanking an error screen.
 */
export class ErrorCatcher extends Component<ErrorCatcherProps, ErrorCatcherState> {
  override state: ErrorCatcherState = { thrown: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorCatcherState> {
    return { thrown: { value: error } };
  }

  static getDerivedStateFromProps(props: ErrorCatcherProps, state: ErrorCatcherState): Partial<ErrorCatcherState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { thrown: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (process.env.NODE_ENV !== 'production' && this.props.guards !== undefined) {
      const { guards } = this.props;
      let what = '';
      try {
        what = String(error);
      } catch {
        // A thrown value that cannot even be turned into text: the label says enough.
      }
      devError(`${guards ? `renderers.${guards}` : "The kit's outcome view"} threw while rendering; showing the fallback instead. ${what}`);
    }
    this.props.onCatch?.(error, info.componentStack ?? undefined, this.reset);
  }

  override componentDidUpdate(prevProps: ErrorCatcherProps, prevState: ErrorCatcherState) {
    // Keys that change in the same update that caught the error do not clear it.
    if (!prevState.thrown) return;
    const prev = prevProps.resetKeys ?? [];
    const next = this.props.resetKeys ?? [];
    if (!this.state.thrown) this.props.onRecovered?.();
    else if (!shallowEqual(prev, next)) {
      this.reset();
      this.props.onKeysReset?.(prev, next);
    }
  }

  reset = () => this.setState({ thrown: null });

  override render() {
    const { thrown } = this.state;
    return thrown ? this.props.fallback(thrown.value) : this.props.children;
  }
}
