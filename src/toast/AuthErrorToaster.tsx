'use client';

import * as Toast from '@radix-ui/react-toast';
import { useCallback, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import { useKit, type ToastRequest, type ToastSink } from '../components/KitContext';
import { slotClass } from '../components/slots';
import { createErrorTracker } from '../core/createErrorTracker';
import { toAuthError } from '../core/toAuthError';
import { mountAnnouncer } from '../a11y/announcer';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { themeToStyle } from '../theme/themeToStyle';
import { ToastOutcome, type ToastEntry } from './ToastOutcome';

/** A corner or edge of the screen, in logical terms (`end` is the right in left-to-right languages). */
export type AuthErrorToasterPosition = 'top-start' | 'top-center' | 'top-end' | 'bottom-start' | 'bottom-center' | 'bottom-end';

/** Props of {@link AuthErrorToaster}: where toasts appear, and the viewport `<ol>`'s props. */
export interface AuthErrorToasterProps extends Omit<ComponentPropsWithoutRef<'ol'>, 'children'> {
  /** Where toasts appear. @defaultValue 'bottom-end' */
  position?: AuthErrorToasterPosition;
  /**
   * How long a toast stays, in milliseconds. By default a toast stays until its error clears or
   * the user dismisses it: an error that needs action must not vanish on a timer.
   * @defaultValue Infinity
   */
  duration?: number;
  /** Keys that move focus to the toasts. @defaultValue ['F8'] */
  hotkey?: string[];
}

interface Listed extends ToastEntry {
  /** Who showed it last: only they remove it. */
  readonly owner: object;
  /**
   * Removed (not drawn). Kept in the list until the next toast is shown, so that a boundary that
   * removes and re-shows its code in one update (a new error value, new options) updates the
   * toast in place instead of moving it to the end.
   */
  readonly leaving: boolean;
}

function swipeDirectionOf(position: AuthErrorToasterPosition, dir: 'ltr' | 'rtl') {
  if (position === 'top-center') return 'up';
  if (position === 'bottom-center') return 'down';
  const towardsRight = position.endsWith('-end') === (dir === 'ltr');
  return towardsRight ? 'right' : 'left';
}

/**
 * Shows auth errors as toasts (Radix Toast): errors given to `toastAuthError`, and transient
 * errors that boundaries under the same `AuthErrorProvider` hand over (`presentation`). One
 * toast per code: the same code again updates it. Mount it once, anywhere under the provider.
 *
 * @example
 * <AuthErrorProvider onSignIn={login}>
 *   <App />
 *   <AuthErrorToaster position="top-end" />
 * </AuthErrorProvider>
 */
export function AuthErrorToaster({ position = 'bottom-end', duration = Infinity, hotkey, className, ...viewportProps }: AuthErrorToasterProps) {
  const kit = useKit();
  const { options, translator, services } = kit;
  const [entries, setEntries] = useState<readonly Listed[]>([]);

  const show = useCallback((request: ToastRequest) => {
    const code = 'decision' in request ? request.decision.outcome.code : toAuthError(request.error).code;
    const owner = {};
    const dismiss = () => setEntries((list) => list.map((entry) => (entry.owner === owner ? { ...entry, leaving: true } : entry)));
    setEntries((list) => {
      const index = list.findIndex((entry) => entry.code === code);
      const previous = list[index];
      // A toast still showing keeps its run (attempts, countdown); one that was removed starts afresh.
      const tracker = previous && !previous.leaving ? previous.tracker : createErrorTracker();
      const entry: Listed = { code, request, tracker, dismiss, owner, leaving: false };
      const next = previous ? list.map((item, i) => (i === index ? entry : item)) : [...list, entry];
      return next.filter((item) => !item.leaving);
    });
    return dismiss;
  }, []);

  useEffect(() => services.toasters.add({ show } satisfies ToastSink), [services, show]);
  // The page's polite live region, in place before any toast has progress to announce.
  useIsomorphicLayoutEffect(mountAnnouncer, []);

  const { t, lng, dir } = translator;
  return (
    <Toast.Provider label={t('a11y.notification')} duration={duration} swipeDirection={swipeDirectionOf(position, dir)}>
      {entries.map((entry) => !entry.leaving && <ToastOutcome key={entry.code} entry={entry} kit={kit} show={show} />)}
      <Toast.Viewport
        {...viewportProps}
        {...(hotkey ? { hotkey } : {})}
        label={t('a11y.notifications')}
        className={slotClass(options, 'viewport', className)}
        data-position={position}
        data-color-scheme={options.colorScheme ?? 'light'}
        lang={lng}
        dir={dir}
        style={{ ...themeToStyle(options.theme), ...viewportProps.style }}
      />
    </Toast.Provider>
  );
}
