'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { shallowEqual } from '../hooks/shallowEqual';

interface ErrorCatcherProps {
  resetKeys: readonly unknown[] | undefined;
  /** A child threw (called once per catch, after the commit: the place to tell the engine), with a way to render the children again. */
  onCatch(error: unknown, componentStack: string | undefined, reset: () => void): void;
  onKeysReset(prev: readonly unknown[], next: readonly unknown[]): void;
  /** The children rendered again without throwing. */
  onRecovered(): void;
  fallback(thrown: unknown): ReactNode;
  children: ReactNode;
}

interface ErrorCatcherState {
  /** Boxed, so that `throw null` is still an error. */
  thrown: { value: unknown } | null;
}

/** The class part of `AuthErrorBoundary`: catches what the children throw. */
export class ErrorCatcher extends Component<ErrorCatcherProps, ErrorCatcherState> {
  override state: ErrorCatcherState = { thrown: null };

  static getDerivedStateFromError(error: unknown): ErrorCatcherState {
    return { thrown: { value: error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onCatch(error, info.componentStack ?? undefined, this.reset);
  }

  override componentDidUpdate(prevProps: ErrorCatcherProps, prevState: ErrorCatcherState) {
    // Keys that change in the same update that caught the error do not clear it.
    if (!prevState.thrown) return;
    const prev = prevProps.resetKeys ?? [];
    const next = this.props.resetKeys ?? [];
    if (!this.state.thrown) this.props.onRecovered();
    else if (!shallowEqual(prev, next)) {
      this.reset();
      this.props.onKeysReset(prev, next);
    }
  }

  reset = () => this.setState({ thrown: null });

  override render() {
    const { thrown } = this.state;
    return thrown ? this.props.fallback(thrown.value) : this.props.children;
  }
}
