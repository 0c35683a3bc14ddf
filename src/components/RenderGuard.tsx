'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { devError } from '../dev';

interface RenderGuardProps {
  /** Shown instead of the children when they throw. */
  fallback: ReactNode;
  /** The code whose renderer from the app's `renderers` it guards; without it, the kit's own view (named in the development log). */
  renderer?: string;
  /** A new value (a new error) gives the children another chance. */
  resetKey: unknown;
  children: ReactNode;
}

interface RenderGuardState {
  failed: boolean;
  resetKey: unknown;
}

/** Catches a failing renderer so an error screen is never replaced by a blank page. */
export class RenderGuard extends Component<RenderGuardProps, RenderGuardState> {
  override state: RenderGuardState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<RenderGuardState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: RenderGuardProps, state: RenderGuardState): Partial<RenderGuardState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    if (process.env.NODE_ENV !== 'production') {
      let what = '';
      try {
        what = String(error);
      } catch {
        // A thrown value that cannot even be turned into text: the label says enough.
      }
      const { renderer } = this.props;
      devError(`${renderer ? `renderers.${renderer}` : "The kit's outcome view"} threw while rendering; showing the fallback instead. ${what}`);
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
