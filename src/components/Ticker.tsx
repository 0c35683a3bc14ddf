'use client';

import type { OutcomeTimer } from '../hooks/outcomeState';
import { useCountdown } from '../hooks/useCountdown';

interface TickerProps {
  timer: OutcomeTimer;
  /** Called when the text reads zero: the engine checks the time itself. */
  onZero: () => void;
}

/** Ticks a timer's text on its own, so a second's commit re-renders this text and nothing else. */
export function Ticker({ timer, onZero }: TickerProps) {
  const seconds = useCountdown(timer.deadline, onZero);
  // Never "now" while the engine is still waiting: the text reads 1 until it says the wait is over.
  return timer.text(Math.max(1, seconds ?? 0));
}
