import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetStandaloneKit } from '../src/hooks/KitContext';
import { resetDevMessages } from '../src/dev';
import { resetAnnouncer } from '../src/engine/announcer';
import { consoleExpectations } from './helpers/console';

// Radix Toast captures the pointer on swipe; jsdom has no pointer capture.
for (const method of ['hasPointerCapture', 'setPointerCapture', 'releasePointerCapture'] as const) {
  // Server-rendering tests run without a DOM at all.
  if (typeof Element !== 'undefined' && !(method in Element.prototype)) {
    Object.defineProperty(Element.prototype, method, { value: () => false, configurable: true, writable: true });
  }
}

// A test fails on any console.error / console.warn it did not ask for (see allowConsole).
beforeEach(() => {
  consoleExpectations.reset();
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleExpectations.record(method, args);
    });
  }
});

afterEach(() => {
  cleanup();
  // Provider-less boundaries share one refresh and one circuit breaker, and development
  // messages are written once: every test starts from a clean slate.
  resetStandaloneKit();
  resetAnnouncer();
  resetDevMessages();
  vi.useRealTimers();
  vi.restoreAllMocks();
  consoleExpectations.assertNoneUnexpected();
});
