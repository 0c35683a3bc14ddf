'use client';

import * as Toast from '@radix-ui/react-toast';
import { Fragment, useEffect, useMemo, useRef } from 'react';
import type { AuthErrorOptions } from '../components/AuthErrorOptions';
import { mergeOptions, type KitContextValue, type ToastRequest } from '../components/KitContext';
import { slotClass, type SlotName } from '../components/slots';
import type { ErrorTracker } from '../core/createErrorTracker';
import { announce } from '../a11y/announcer';
import { useOutcomeDecision, type OutcomeHost } from '../hooks/useOutcomeDecision';
import { useOutcomeState } from '../hooks/useOutcomeState';
import { themeToStyle } from '../theme/themeToStyle';

/** One toast: the latest request for its code. */
export interface ToastEntry {
  /** The error's code: one toast per code. */
  readonly code: string;
  readonly request: ToastRequest;
  /** Memory of the run of errors with this code, for toasts the toaster hosts itself. */
  readonly tracker: ErrorTracker;
  /** Removes this toast, unless another request has taken it over since. */
  readonly dismiss: () => void;
}

interface ToastOutcomeProps {
  entry: ToastEntry;
  kit: KitContextValue;
  /** The toaster's `show`, for a retry that failed. */
  show: (request: ToastRequest) => () => void;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * toastAuthError's `onRetry` may return a promise: the toast goes when it resolves, and what it
 * rejects with is shown in its place (the same code updates the toast, so retries are counted).
 */
function settlingRetries(options: AuthErrorOptions, dismiss: () => void, failed: (failure: unknown) => void): AuthErrorOptions {
  const { onRetry } = options;
  if (!onRetry) return options;
  return {
    ...options,
    onRetry(error) {
      const result: unknown = onRetry(error);
      if (isThenable(result)) result.then(dismiss, failed);
    },
  };
}

/**
 * One error as a Radix toast, with the same engine as the boundary (`useOutcomeDecision` +
 * `useOutcomeState`): the retry action, the live countdown, automatic retries with backoff.
 */
export function ToastOutcome({ entry, kit, show }: ToastOutcomeProps) {
  const { request, tracker, dismiss } = entry;
  // Radix announces a toast when it appears; the engine's first announcement would say it again.
  const appeared = useRef(false);
  const host = useMemo<OutcomeHost>(() => {
    const base: OutcomeHost =
      'decision' in request
        ? request.host
        : {
            options: settlingRetries(mergeOptions(kit.options, request.options), dismiss, (failure) =>
              show({ ...request, error: failure }),
            ),
            translator: kit.translator,
            services: kit.services,
            tracker,
            source: 'value',
            clear(reason, error) {
              dismiss();
              base.options.onReset?.({ reason, error });
            },
            announce,
          };
    return {
      ...base,
      announce(text) {
        if (appeared.current) base.announce(text);
      },
    };
  }, [request, kit, tracker, dismiss, show]);

  const translator = 'decision' in request ? request.host.translator : kit.translator;
  // A boundary hands over its decision (made once, with its side effects); toastAuthError's errors are decided here.
  const own = useOutcomeDecision('decision' in request ? null : request.error, host);
  const state = useOutcomeState('decision' in request ? request.decision : own, host);
  // After the engine's effects (effects run in order), so its first announcement is the one dropped.
  useEffect(() => {
    appeared.current = true;
  }, []);
  const { options } = host;
  const { outcome, title, message, hint, countdown, retry, actions } = state;
  // token_expired being refreshed, a cancelled request: nothing to show.
  if (outcome.kind === 'none' || outcome.placement === 'none') return null;

  const cx = (name: SlotName, extra?: string) => slotClass(options, name, extra);
  const timer = countdown?.text ?? retry?.text ?? null;
  // Without a heading the message is the toast's title.
  const heading = title ?? message;
  const body = title === null ? null : message;
  const duration = 'duration' in request ? request.duration : undefined;

  // The `{' '}`s keep words apart in the text Radix announces (it joins the toast's text nodes).
  return (
    <Toast.Root
      open
      onOpenChange={(open) => {
        if (open) return;
        state.reset();
        dismiss();
      }}
      // Errors to act on interrupt (assertive); progress waits its turn (polite).
      type={outcome.role === 'alert' ? 'foreground' : 'background'}
      {...(duration !== undefined ? { duration } : {})}
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
      {(body !== null || hint !== null || timer !== null) && (
        <Toast.Description className={cx('toastDescription')}>
          {body !== null && <span className={cx('message')}>{body}</span>}{' '}
          {hint !== null && <span className={cx('hint')}>{hint}</span>}{' '}
          {timer !== null && (
            // Ticks silently: its start and end are announced through a live region instead.
            <span role="timer" aria-live="off" className={cx('countdown')}>
              {timer}
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
