'use client';

import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import type { AuthErrorCode } from '../catalogue/catalogue';
import { devError } from '../dev';
import { enBundle } from '../i18n/en';
import type { AuthErrorOutcomeState } from '../hooks/AuthErrorOutcomeState';
import type { OutcomeDecision, OutcomeHost } from '../hooks/useOutcomeDecision';
import { useCountdown } from '../hooks/useCountdown';
import { useOutcomeState, type OutcomeTimer } from '../hooks/useOutcomeState';
import { themeToStyle } from '../theme/themeToStyle';
import type { AuthErrorOptions } from './AuthErrorOptions';
import { slotClass } from './slots';

interface GuardProps {
  /** Shown instead of the children when they throw. */
  fallback: ReactNode;
  /** What to log when they do. */
  label: string;
  /** A new value (a new error) gives the children another chance. */
  resetKey: unknown;
  children: ReactNode;
}

interface GuardState {
  failed: boolean;
  resetKey: unknown;
}

/** Catches a failing renderer so an error screen is never replaced by a blank page. */
class RenderGuard extends Component<GuardProps, GuardState> {
  override state: GuardState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<GuardState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: GuardProps, state: GuardState): Partial<GuardState> | null {
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
      devError(`${this.props.label} threw while rendering; showing the fallback instead. ${what}`);
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function CustomRenderer({ render, state }: { render: (state: AuthErrorOutcomeState) => ReactNode; state: AuthErrorOutcomeState }) {
  return <>{render(state)}</>;
}

/** The last resort: static copy from the English bundle, no translation, no behaviour. */
function SafetyNet({ code }: { code: string }) {
  return (
    <div role="alert" className="iae-root" data-auth-error-code={code} data-auth-error-outcome="generic" lang="en" dir="ltr">
      <p className="iae-message">{enBundle.generic}</p>
    </div>
  );
}

function focusField(name: string) {
  const field = document.getElementById(name) ?? document.getElementsByName(name)[0];
  if (!field) return false;
  field.focus();
  return true;
}

/** Ticks a timer's text on its own, so a second's commit re-renders this text and nothing else. */
function Ticker({ timer }: { timer: OutcomeTimer }) {
  const seconds = useCountdown(timer.deadline);
  return <>{timer.text(seconds ?? 0)}</>;
}

interface KitOutcomeProps {
  state: AuthErrorOutcomeState;
  timer: OutcomeTimer | null;
  options: AuthErrorOptions;
  /** Whether the outcome stands in for the page content (its heading takes focus). */
  blocking: boolean;
}

/** The kit's own drawing of an outcome. Draws only: every decision is already in `state`. */
function KitOutcome({ state, timer, options, blocking }: KitOutcomeProps) {
  const { outcome, title, message, hint, fields, countdown, retry, actions, handoff } = state;
  const cx = (name: Parameters<typeof slotClass>[1], ...extra: (string | false | undefined)[]) => slotClass(options, name, ...extra);
  const Heading = `h${options.headingLevel ?? 2}` as 'h2';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const showTitle = title !== null && (blocking || outcome.kind === 'field_errors');

  // Blocking outcomes and error summaries take focus when they appear (once per error).
  useEffect(() => {
    headingRef.current?.focus();
  }, [state.error]);

  const dataState = countdown ? (countdown.done ? 'done' : 'counting') : retry?.status;
  return (
    <div
      role={outcome.role ?? undefined}
      className={cx('root', options.className)}
      data-auth-error-code={outcome.code}
      data-auth-error-outcome={outcome.kind}
      data-state={dataState}
      data-color-scheme={options.colorScheme ?? 'light'}
      lang={state.lang}
      dir={state.dir}
      style={themeToStyle(options.theme)}
    >
      {outcome.kind !== 'handoff' && <span className={cx('icon')} aria-hidden="true" />}
      {showTitle && (
        <Heading ref={headingRef} tabIndex={-1} className={cx('title')}>
          {title}
        </Heading>
      )}
      {message !== null && <p className={cx('message')}>{message}</p>}
      {fields.length > 0 && (
        <ul className={cx('summary')}>
          {fields.flatMap((field) =>
            field.messages.map((text, i) => (
              <li key={`${field.name}:${i}`}>
                <a
                  href={`#${encodeURIComponent(field.name)}`}
                  onClick={(event) => {
                    if (focusField(field.name)) event.preventDefault();
                  }}
                >
                  {text}
                </a>
              </li>
            )),
          )}
        </ul>
      )}
      {hint !== null && <p className={cx('hint')}>{hint}</p>}
      {(countdown?.text ?? retry?.text) && (
        // Ticks silently (even inside a live root): its start and end go through the live region.
        <p role="timer" aria-live="off" className={cx('countdown')}>
          {timer ? <Ticker timer={timer} /> : (countdown?.text ?? retry?.text)}
        </p>
      )}
      {handoff}
      {actions.length > 0 && (
        <div className={cx('actions')}>
          {actions.map((action) =>
            action.type === 'button' ? (
              <button
                key={action.id}
                type="button"
                className={cx('button')}
                data-action={action.id}
                disabled={action.disabled}
                onClick={action.onSelect}
              >
                {action.label}
              </button>
            ) : (
              <a key={action.id} className={cx('link')} data-action={action.id} href={action.href}>
                {action.label}
              </a>
            ),
          )}
        </div>
      )}
    </div>
  );
}

interface OutcomeViewProps {
  decision: OutcomeDecision;
  host: OutcomeHost;
}

/** Draws a decision: the app's renderer for the code if it has one (guarded), else the kit's. */
export function OutcomeView({ decision, host }: OutcomeViewProps) {
  const { options } = host;
  const { code } = decision.outcome;
  // Own keys only: an unknown code such as `toString` must not find Object.prototype's.
  const { renderers } = options;
  const render = renderers && Object.hasOwn(renderers, code) ? renderers[code as AuthErrorCode] : undefined;
  // The app's renderer reads the countdown from the state, so the state ticks; the kit's view
  // leaves the ticking to its timer text.
  const { timer, ...state } = useOutcomeState(decision, host, render !== undefined);
  const { outcome } = state;
  const blocking = host.source === 'thrown' || outcome.placement === 'replace';
  const kit = <KitOutcome state={state} timer={render ? null : timer} options={options} blocking={blocking} />;
  return (
    <RenderGuard label="The kit's outcome view" fallback={<SafetyNet code={outcome.code} />} resetKey={state.error}>
      {render ? (
        <RenderGuard label={`renderers.${outcome.code}`} fallback={kit} resetKey={state.error}>
          <CustomRenderer render={render} state={state} />
        </RenderGuard>
      ) : (
        kit
      )}
    </RenderGuard>
  );
}
