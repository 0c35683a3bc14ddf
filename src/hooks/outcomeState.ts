import { createElement, type ReactElement } from 'react';
import type { AuthErrorOutcome, FieldMessages } from '../core/AuthErrorOutcome';
import { devWarn } from '../dev';
import type { Clocks, CountdownDeadline } from '../engine/countdown';
import { remainingSeconds } from '../engine/countdown';
import type { ErrorStore } from '../engine/createErrorStore';
import { MAX_RETRY_ATTEMPTS, type ErrorSnapshot } from '../engine/ErrorSnapshot';
import { outcomeActions } from '../engine/outcomeActions';
import type { Translator } from '../i18n/createTranslator';
import { formatDuration } from '../i18n/formatDuration';
import { isolate } from '../i18n/isolate';
import type { AuthErrorOptions, HandoffContext } from './AuthErrorOptions';
import type { AuthErrorOutcomeState, AuthErrorRetryState } from './AuthErrorOutcomeState';
import { RenderProp } from './RenderProp';

/** A running timer's deadline and how its text reads at a number of seconds left (at least 1: it runs until the engine says it is over). */
export interface OutcomeTimer {
  readonly deadline: CountdownDeadline;
  text(remainingS: number): string | null;
}

/**
 * The per-field errors a `field_errors` outcome shows, each with at least one message: a field the
 * server named without saying what is wrong reads "Check this field." in the user's language.
 */
export function outcomeFields(outcome: AuthErrorOutcome, t: Translator['t']): FieldMessages[] {
  if (outcome.kind !== 'field_errors') return [];
  return outcome.fields.map((field) => (field.messages.length > 0 ? field : { name: field.name, messages: [t('fields.invalid')] }));
}

/**
 * Everything needed to draw a snapshot, in the translator's language, with actions wired to the
 * store: the headless state, plus the timer a view can tick on its own. Reads the clock, writes nothing.
 */
export function outcomeState(
  snapshot: ErrorSnapshot<AuthErrorOptions>,
  store: ErrorStore<AuthErrorOptions>,
  translator: Translator,
  clocks: Clocks,
  hydrated: boolean,
): AuthErrorOutcomeState & { readonly timer: OutcomeTimer | null } {
  const { error, outcome, options, retry: retrySnapshot, wait, waitOver } = snapshot;
  const { t } = translator;
  const time = (seconds: number) => formatDuration(translator, seconds);
  const waitText = (seconds: number) => {
    if (seconds <= 0) return t('countdown.ready');
    const formatted = time(seconds);
    return formatted === null ? t('countdown.later') : t('countdown.retryIn', { time: formatted });
  };

  // Where the snapshot's timers stand now, in whole seconds: never "now" while the engine is still waiting.
  const secondsLeft = (deadline: CountdownDeadline | undefined, over = false) => (deadline ? (over ? 0 : Math.max(1, remainingSeconds(deadline, clocks))) : null);
  const waitS = secondsLeft(wait, waitOver);
  // The wait's timer, while it runs (seconds left: the wait is set and not over).
  const waitTimer: OutcomeTimer | null = wait && waitS ? { deadline: wait, text: waitText } : null;
  const countdown = outcome.kind === 'countdown' && waitS !== null ? { remainingS: waitS, done: waitS <= 0, text: waitText(waitS) } : null;

  let timer = countdown ? waitTimer : null;
  let retry: AuthErrorRetryState | null = null;
  if (retrySnapshot) {
    const { status, attempt, deadline } = retrySnapshot;
    const scheduled = status === 'waiting' || status === 'paused';
    const progress = (seconds: number) => {
      const formatted = time(seconds);
      return formatted ? t(status === 'paused' ? 'retry.paused' : 'retry.retryingIn', { time: formatted }) : null;
    };
    // A scheduled retry counts down to its deadline; a manual one to the end of Retry-After.
    timer = scheduled ? (deadline ? { deadline, text: progress } : null) : status === 'manual' ? waitTimer : null;
    const remainingS = scheduled ? secondsLeft(deadline) : status === 'manual' ? waitS : null;
    // A running timer's text now: the seconds left are at least 1 whenever there is one.
    const text = status === 'retrying' || status === 'offline' ? t(`retry.${status}`) : timer && remainingS ? timer.text(remainingS) : null;
    retry = { status, attempt, maxAttempts: MAX_RETRY_ATTEMPTS, remainingS, text };
  }

  const reset = () => store.act('reset');
  // Field names are server text: own keys only, so `constructor` is not Object's; isolated, so
  // their direction marks cannot reorder the sentence around them.
  const labels = options.fieldLabels;
  const label = (name: string) => (labels && Object.hasOwn(labels, name) ? labels[name] : undefined) ?? isolate(name);
  // A hand-off outcome's UI from the app's `handoffs`, wired to the store.
  let handoff: ReactElement | null = null;
  if (outcome.kind === 'handoff' && error) {
    const render = options.handoffs?.[outcome.handoff];
    if (render) handoff = createElement(RenderProp<HandoffContext>, { render, value: { error, retry: () => store.act('handoffDone'), reset } });
    else if (process.env.NODE_ENV !== 'production') devWarn(`${error.code}: \`handoffs.${outcome.handoff}\` is not set, so nothing is shown in its place.`);
  }

  return {
    error,
    outcome,
    lang: translator.lng,
    dir: translator.dir,
    title: outcome.titleKey ? t(outcome.titleKey) : null,
    message: outcome.messageKey ? t(outcome.messageKey, outcome.messageValues) : null,
    // The secondary line: the conflicting fields' names (labelled by the app), or the outcome's hint.
    hint:
      outcome.kind === 'notice' && outcome.fields.length > 0
        ? t('hints.conflictFields', { fields: outcome.fields.map(label) })
        : outcome.hint
          ? t(outcome.hint.key, outcome.hint.values)
          : null,
    fields: outcomeFields(outcome, t),
    actions: outcomeActions(snapshot, options, hydrated, (id) => t(`actions.${id}`), store.act),
    countdown,
    retry,
    handoff,
    retryNow: () => store.act('tryAgain'),
    reset,
    timer,
  };
}
