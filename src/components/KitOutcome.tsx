'use client';

import { useEffect, useRef } from 'react';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import type { AuthErrorOutcomeState } from '../hooks/AuthErrorOutcomeState';
import type { OutcomeTimer } from '../hooks/outcomeState';
import { themeToStyle } from '../theme/themeToStyle';
import { FieldSummary } from './FieldSummary';
import { slotClass } from './slots';
import { Ticker } from './Ticker';

interface KitOutcomeProps {
  state: AuthErrorOutcomeState;
  timer: OutcomeTimer | null;
  /** Called when the timer text reads zero. */
  onTimerZero: () => void;
  options: AuthErrorOptions;
  /** Whether the outcome stands in for the page content (its heading takes focus, fields are not linked). */
  blocking: boolean;
  /** Whether a thrown error replaced the children (the form's fields are gone). */
  thrown: boolean;
}

/** The kit's own drawing of an outcome, its buttons and links primary first. Draws only: every decision is already in `state`. */
export function KitOutcome({ state, timer, onTimerZero, options, blocking, thrown }: KitOutcomeProps) {
  const { outcome, title, message, hint, fields, countdown, retry, actions, handoff } = state;
  const cx = (name: Parameters<typeof slotClass>[1], extra?: string) => slotClass(options, name, extra);
  const Heading = `h${options.headingLevel ?? 2}` as 'h2';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const showTitle = title !== null && (blocking || outcome.kind === 'field_errors');

  // Blocking outcomes and error summaries take focus when they appear (once per error).
  useEffect(() => {
    headingRef.current?.focus();
  }, [state.error]);

  const timerText = countdown?.text ?? retry?.text;
  return (
    <div
      role={outcome.role ?? undefined}
      className={cx('root', options.className)}
      data-auth-error-code={outcome.code}
      data-auth-error-outcome={outcome.kind}
      data-state={countdown ? (countdown.done ? 'done' : 'counting') : retry?.status}
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
      {fields.length > 0 && <FieldSummary fields={fields} className={cx('summary')} linked={!thrown} />}
      {hint !== null && <p className={cx('hint')}>{hint}</p>}
      {timerText && (
        // Ticks silently (even inside a live root): its start and end go through the live region.
        <p role="timer" aria-live="off" className={cx('countdown')}>
          {timer ? <Ticker timer={timer} onZero={onTimerZero} /> : timerText}
        </p>
      )}
      {handoff}
      {actions.length > 0 && (
        <div className={cx('actions')}>
          {actions.map((action) =>
            action.type === 'button' ? (
              <button key={action.id} type="button" className={cx('button')} data-action={action.id} disabled={action.disabled} onClick={action.onSelect}>
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
