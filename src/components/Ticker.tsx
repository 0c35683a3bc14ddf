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
  return <>{timer.text(seconds ?? 0)}</>;
}
