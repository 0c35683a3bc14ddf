import { useCallback, useEffect, useState } from 'react';
import { createRateLimiter } from '../core/createRateLimiter';

// Screen readers hear progress, not every tick: at most three announcements a minute.
const MAX_ANNOUNCEMENTS = 3;
const WINDOW_MS = 60_000;
// Cleared afterwards so someone reading the page later doesn't meet stale text.
const CLEAR_AFTER_MS = 7_000;

/** Text for a polite live region that is always mounted, and a rate-limited way to set it. */
export function useAnnouncer(): [text: string, announce: (text: string) => void] {
  const [limiter] = useState(() => createRateLimiter(MAX_ANNOUNCEMENTS, WINDOW_MS));
  const [text, setText] = useState('');
  const announce = useCallback(
    (next: string) => {
      if (next && limiter.tryTake()) setText(next);
    },
    [limiter],
  );
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => setText(''), CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return [text, announce];
}
