'use client';

import * as Toast from '@radix-ui/react-toast';
import { Fragment, useEffect, useRef, useSyncExternalStore } from 'react';
import { slotClass, type SlotName } from '../components/slots';
import { announce } from '../engine/announcer';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ToastEntry } from './createToastQueue';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { useKit } from '../hooks/KitContext';
import { useAnnouncements } from '../hooks/useAnnouncements';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { useOutcomeState } from '../hooks/useOutcomeState';
import { themeToStyle } from '../theme/themeToStyle';

interface ToastOutcomeProps {
  entry: ToastEntry;
}

/**
 * One error as a Radix toast, drawn from its store like an inline outcome: the retry action, the
 * live countdown, automatic retries with backoff.
 */
export function ToastOutcome({ entry }: ToastOutcomeProps) {
  const { translator, languagePending, services } = useKit();
  const store = entry.store as ErrorStore<AuthErrorOptions>;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  // The toast is announced when it appears (below): that says what the engine has to say now.
  useIsomorphicLayoutEffect(() => void store.takeAnnouncement(), [store]);
  const { timer: _timer, ...state } = useOutcomeState(snapshot, store, translator, services.clock, true);
  useAnnouncements(store, state, translator, languagePending);
  const { options } = snapshot;
  const { outcome, title, message, hint, countdown, retry, actions } = state;
  // token_expired being refreshed, a cancelled request: nothing to show.
  const hidden = outcome.kind === 'none' || outcome.placement === 'none';
  const timerText = countdown?.text ?? retry?.text ?? null;
  // Without a heading the message is the toast's title.
  const heading = title ?? message;
  const body = title === null ? null : message;
  // Once, when it first shows (in the copy's language), like Radix would (its label, the text,
  // the actions' labels), but politely through the page's live region, within the page's limit.
  const announced = useRef(false);
  useEffect(() => {
    if (hidden || languagePending || announced.current) return;
    announced.current = true;
    announce([translator.t('a11y.notification'), heading, body, hint, timerText, ...actions.map((action) => action.label)].filter(Boolean).join(' '), translator);
  });
  if (hidden) return null;

  const cx = (name: SlotName, extra?: string) => slotClass(options, name, extra);
  // The `{' '}`s keep words apart where the toast's text is read as one (its text nodes joined).
  return (
    <Toast.Root
      open
      onOpenChange={(open) => {
        if (open) return;
        state.reset();
        entry.dismiss();
      }}
      {...(entry.duration !== undefined ? { duration: entry.duration } : {})}
      className={cx('toast', options.className)}
      data-auth-error-code={outcome.code}
      data-auth-error-outcome={outcome.kind}
      data-auth-error-state={countdown ? (countdown.done ? 'done' : 'counting') : retry?.status}
      data-color-scheme={options.colorScheme ?? 'light'}
      lang={state.lang}
      dir={state.dir}
      style={themeToStyle(options.theme)}
    >
      <span className={cx('icon')} aria-hidden="true" />
      {heading !== null && <Toast.Title className={cx('toastTitle')}>{heading}</Toast.Title>}{' '}
      {(body !== null || hint !== null || timerText !== null) && (
        <Toast.Description className={cx('toastDescription')}>
          {body !== null && <span className={cx('message')}>{body}</span>}{' '}
          {hint !== null && <span className={cx('hint')}>{hint}</span>}{' '}
          {timerText !== null && (
            // Ticks silently: its start and end are announced through a live region instead.
            <span role="timer" aria-live="off" className={cx('countdown')}>
              {timerText}
            </span>
          )}
        </Toast.Description>
      )}{' '}
      {actions.length > 0 && (
        <div className={cx('actions')}>
          {actions.map((action) => (
            <Fragment key={action.id}>
              {action.type === 'button' ? (
                <Toast.Action
                  altText={action.label}
                  className={cx('toastAction')}
                  data-action={action.id}
                  disabled={action.disabled}
                  onClick={(event) => {
                    // The toast stays until the error clears, showing what happens next ("Retrying…").
                    event.preventDefault();
                    action.onSelect();
                  }}
                >
                  {action.label}
                </Toast.Action>
              ) : (
                <a className={cx('link')} data-action={action.id} href={action.href}>
                  {action.label}
                </a>
              )}{' '}
            </Fragment>
          ))}
        </div>
      )}
      <Toast.Close className={cx('toastClose')} aria-label={translator.t('actions.dismiss')}>
        <span aria-hidden="true">×</span>
      </Toast.Close>
    </Toast.Root>
  );
}
