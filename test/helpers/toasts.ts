import { screen, within } from '@testing-library/react';

/** The toaster's landmark region (Radix names it with its hotkey). */
export const notifications = (): HTMLElement => screen.getByRole('region', { name: 'Notifications (F8)' });

/** The toasts on screen, oldest first. */
export const toasts = (): HTMLElement[] => within(notifications()).queryAllByRole('listitem');

/** The one toast on screen; fails when there are none or several (de-duplication). */
export function onlyToast(): HTMLElement {
  const list = toasts();
  expect(list).toHaveLength(1);
  return list[0] as HTMLElement;
}
