import { systemClock } from './clock';

// Screen readers hear progress, not every tick: at most three announcements a minute for the
// whole page, however many boundaries and toasters come and go.
const MAX_ANNOUNCEMENTS = 3;
const WINDOW_MS = 60_000;
// Cleared afterwards, so someone reading the page later doesn't meet stale text.
const CLEAR_AFTER_MS = 7_000;

let region: HTMLElement | undefined;
let users = 0;
// When the page's recent announcements were made (monotonic clock), oldest first.
let recent: number[] = [];
let cancelClear: (() => void) | undefined;

/**
 * Puts the page's polite live region in place (one for the whole page, shared by every boundary
 * and toaster) and returns a function to call on unmount. Call it from a layout effect on mount:
 * the region must exist before anything is announced into it (by the passive effects that
 * follow, after the browser has painted it), or screen readers miss the first announcement.
 *
 * The region stays in the page once created (empty, hidden), so boundaries that mount and
 * unmount often don't create it again each time; when its last user unmounts it is emptied and
 * its timer stopped. The rate limit is the page's: it does not start over when users come and go.
 */
export function mountAnnouncer(): () => void {
  if (typeof document === 'undefined') return () => {};
  users += 1;
  if (!region?.isConnected) {
    region = document.createElement('div');
    for (const [name, value] of [['role', 'status'], ['aria-live', 'polite'], ['aria-atomic', 'true'], ['data-auth-error-announcer', '']]) region.setAttribute(name!, value!);
    // Visually hidden, still read, with no stylesheet needed.
    region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
    document.body.appendChild(region);
  }
  return () => {
    users -= 1;
    if (users > 0) return;
    cancelClear?.();
    if (region) region.textContent = '';
  };
}

/** Says `text` politely through the page's live region, if one is mounted and the page's rate allows. */
export function announce(text: string, language: { readonly lng: string; readonly dir: string }): void {
  const target = region;
  if (!target || users <= 0 || !text) return;
  const now = systemClock.mono();
  recent = recent.filter((at) => now - at < WINDOW_MS);
  if (recent.length >= MAX_ANNOUNCEMENTS) return;
  recent.push(now);
  // In the text's own language and direction, so a screen reader reads it with the right voice.
  target.lang = language.lng;
  target.dir = language.dir;
  target.textContent = text;
  cancelClear?.();
  cancelClear = systemClock.setTimer(() => {
    target.textContent = '';
  }, CLEAR_AFTER_MS);
}

/** For tests: forget the page's announcements so far (the rate limit starts over). */
export function resetAnnouncer(): void {
  recent = [];
}
