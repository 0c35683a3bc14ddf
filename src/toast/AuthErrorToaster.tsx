'use client';

import * as Toast from '@radix-ui/react-toast';
import { useEffect, useState, useSyncExternalStore, type ComponentPropsWithoutRef } from 'react';
import { slotClass } from '../components/slots';
import { mountAnnouncer } from '../engine/announcer';
import { useKit } from '../hooks/KitContext';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { themeToStyle } from '../theme/themeToStyle';
import { toastQueueOf, type ToastQueueSnapshot } from './createToastQueue';
import { ToastOutcome } from './ToastOutcome';

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

const empty: ToastQueueSnapshot = { viewer: undefined, entries: [], visible: [] };
const serverSnapshot = () => empty;

function swipeDirectionOf(position: AuthErrorToasterPosition, dir: 'ltr' | 'rtl') {
  if (position === 'top-center') return 'up';
  if (position === 'bottom-center') return 'down';
  const towardsRight = position.endsWith('-end') === (dir === 'ltr');
  return towardsRight ? 'right' : 'left';
}

/**
 * Shows auth errors as toasts (Radix Toast): errors given to `toastAuthError`, and transient
 * errors that boundaries under the same `AuthErrorProvider` hand over (`presentation`). One
 * toast per code (every unknown code folds into one), at most three on screen. Mount it once,
 * anywhere under the provider.
 *
 * @example
 * <AuthErrorProvider onSignIn={login}>
 *   <App />
 *   <AuthErrorToaster position="top-end" />
 * </AuthErrorProvider>
 */
export function AuthErrorToaster({ position = 'bottom-end', duration = Infinity, hotkey, className, ...viewportProps }: AuthErrorToasterProps) {
  const { options, translator, services } = useKit();
  const toasts = toastQueueOf(services);
  const [self] = useState(() => ({}));
  useEffect(() => toasts.attach(self), [toasts, self]);
  const { viewer, visible } = useSyncExternalStore(toasts.subscribe, toasts.getSnapshot, serverSnapshot);
  // The page's polite live region, in place before any toast is announced into it.
  useIsomorphicLayoutEffect(mountAnnouncer, []);
  // Radix gives each new toast a live region of its own, outside the page's limit of three
  // announcements a minute: those go to a node never in the page, and each toast is announced
  // through the page's region instead (ToastOutcome).
  const [unheard] = useState(() => (typeof document === 'undefined' ? undefined : document.createElement('div')));

  const { t, lng, dir } = translator;
  return (
    <Toast.Provider announcerContainer={unheard} duration={duration} swipeDirection={swipeDirectionOf(position, dir)}>
      {viewer === self && visible.map((entry) => <ToastOutcome key={entry.id} entry={entry} />)}
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
