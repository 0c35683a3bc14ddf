'use client';

import { useEffect, useRef } from 'react';
import type { FieldMessages } from '../core/AuthErrorOutcome';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import type { AuthErrorOutcomeState } from '../hooks/AuthErrorOutcomeState';
import type { OutcomeTimer } from '../hooks/outcomeState';
import { themeToStyle } from '../theme/themeToStyle';
import { slotClass } from './slots';
import { Ticker } from './Ticker';

interface FieldSummaryProps {
  fields: readonly FieldMessages[];
  className: string | undefined;
  /** Whether the fields are on the page to link to (not when a thrown error replaced the form). */
  linked: boolean;
}

/** An error summary: every field message, each a link to its field while the form is on the page. */
function FieldSummary({ fields, className, linked }: FieldSummaryProps) {
  return (
    <ul className={className}>
      {fields.flatMap((field) =>
        field.messages.map((text, i) => (
          <li key={`${field.name}:${i}`}>
            {linked ? (
              <a
                href={`#${encodeURIComponent(field.name)}`}
                onClick={(event) => {
                  // To the field itself where the page has it (by id, else by name); else the link's own jump.
                  const input = document.getElementById(field.name) ?? document.getElementsByName(field.name)[0];
                  if (!input) return;
                  input.focus();
                  event.preventDefault();
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        )),
      )}
    </ul>
  );
}

interface KitOutcomeProps {
  state: AuthErrorOutcomeState;
  /** The timer whose text ticks on its own; the store checks the time when it reads zero. */
  timer: OutcomeTimer | null;
  store: ErrorStore<AuthErrorOptions>;
  /** The snapshot drawn: its options, and whether a thrown error replaced the children. */
  snapshot: ErrorSnapshot<AuthErrorOptions>;
}

/** The kit's own drawing of an outcome, its buttons and links primary first. Draws only: every decision is already in `state`. */
export function KitOutcome({ state, timer, store, snapshot }: KitOutcomeProps) {
  const { outcome, title, message, hint, fields, countdown, retry, actions, handoff } = state;
  const { options } = snapshot;
  // A thrown error replaced the children: the form's fields are gone, and the outcome stands in for the page.
  const thrown = snapshot.source === 'thrown';
  const cx = (name: Parameters<typeof slotClass>[1], extra?: string) => slotClass(options, name, extra);
  const Heading = `h${options.headingLevel ?? 2}` as 'h2';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Outcomes that stand in for the page content, and error summaries, have a heading.
  const showTitle = title !== null && (thrown || outcome.placement === 'replace' || outcome.kind === 'field_errors');

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
          {timer ? <Ticker timer={timer} onZero={store.check} /> : timerText}
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
