import { createElement, useEffect, useRef, useState, type ReactNode } from 'react';
import type { HandoffContext } from '../components/AuthErrorOptions';
import type { AuthErrorOutcome, FieldMessages } from '../core/AuthErrorOutcome';
import { countdownDeadline, laterDeadline, type CountdownDeadline } from '../core/countdown';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { retryDelayMs } from '../core/retryDelayMs';
import { safeHref } from '../core/safeHref';
import { devWarn } from '../dev';
import { formatDuration } from '../i18n/formatDuration';
import { isolate } from '../i18n/isolate';
import type { AuthErrorAction, AuthErrorOutcomeState, AuthErrorRetryState } from './AuthErrorOutcomeState';
import { MAX_RETRY_ATTEMPTS, type OutcomeDecision, type OutcomeHost } from './useOutcomeDecision';
import { useCountdown } from './useCountdown';
import { useOnline } from './useOnline';

type LinkProp = 'restartHref' | 'supportHref' | 'statusPageHref' | 'resetPasswordHref';

interface HandoffProps {
  render: (context: HandoffContext) => ReactNode;
  context: HandoffContext;
}

/**
 * The app's hand-off UI as an element of its own: the function runs when React renders it, so
 * one that throws is caught by whatever draws it (the kit's render guard and its safety net)
 * instead of failing the hook's caller, outside every guard.
 */
function Handoff({ render, context }: HandoffProps) {
  return render(context);
}

/** An app-configured link through the URL policy; a refused one warns in development. */
function appLink(prop: LinkProp, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const href = safeHref(value);
  if (href === undefined) {
    if (process.env.NODE_ENV !== 'production') devWarn(`${prop} ${JSON.stringify(value.slice(0, 80))} was refused: only relative URLs and http(s) URLs are allowed.`);
  }
  return href;
}

/** A running timer's deadline and how its text reads at a number of seconds left. */
export interface OutcomeTimer {
  readonly deadline: CountdownDeadline;
  text(remainingS: number): string | null;
}

/**
 * Turns a decision into everything needed to draw it: localised strings, wired actions, the
 * countdown and the retry schedule. `live`: re-render the caller once a second while a timer
 * runs (the headless hook); otherwise only when a wait ends, and `timer` lets a small component
 * tick the text on its own (the kit's view: one second's commit touches only that text).
 */
export function useOutcomeState(
  decision: OutcomeDecision,
  host: OutcomeHost,
  live = true,
): AuthErrorOutcomeState & { readonly timer: OutcomeTimer | null } {
  const { error, outcome, arrival } = decision;
  const { options, translator, services, source, tracker } = host;
  const { t } = translator;
  // Only a network error cares whether the browser is online: nothing else subscribes.
  const network = error?.code === 'network_error';
  const online = useOnline(network);
  const [retriedFor, setRetriedFor] = useState<IntelliAuthError | null>(null);
  const retrying = error !== null && retriedFor === error;
  const run = arrival?.run;
  const isRetry = outcome.kind === 'retry';
  const canRetry = source === 'thrown' || options.onRetry !== undefined;
  // "We'll try again when you're back online" is a promise only a retry can keep.
  const offline = !online && network && canRetry;

  const retryNow = () => {
    if (!error) return;
    options.onRetry?.(error);
    if (source === 'thrown' || !isRetry) host.clear('retry', error);
    else setRetriedFor(error);
  };
  const reset = () => {
    if (error) host.clear('imperative', error);
  };

  // The wait the server asked for: a countdown outcome, or a retry held back by Retry-After.
  const waitDeadline = outcome.kind === 'countdown' || (isRetry && outcome.retryAfterS !== undefined) ? run?.deadline : undefined;
  const waitS = useCountdown(waitDeadline, () => {
    if (!error || !tracker.endCountdown(error)) return;
    if (outcome.kind === 'countdown') options.onCountdownEnd?.(error);
    // The wait is over: say so, unless an automatic retry is about to show it by retrying.
    if (outcome.kind === 'countdown' || !decision.autoRetry) host.announce(t('countdown.ready'));
    if (outcome.kind === 'countdown' && source === 'thrown') host.clear('countdown-end', error);
  }, live);

  // Automatic retry: the delay is rolled once per error value, so re-renders never re-roll it.
  const fire = () => {
    if (!error) return;
    if (isRetry && outcome.circuitBreaker && !services.breaker.tryAcquire()) {
      const wait = Math.max(1, Math.ceil(services.breaker.msUntilProbe() / 1000));
      tracker.pauseRetry(error, countdownDeadline(wait));
      setRetriedFor(null);
      return;
    }
    tracker.countAttempt(error);
    retryNow();
  };
  const scheduling = decision.autoRetry && !retrying && !offline && error !== null && run !== undefined;
  // Never before the wait the server asked for, which a later rate_limited in the run may have extended.
  const retryDeadline = scheduling
    ? tracker.scheduleRetry(error, () => laterDeadline(countdownDeadline(retryDelayMs(run.attempts + 1, error) / 1000), waitDeadline))
    : undefined;
  const retryS = useCountdown(retryDeadline, fire, live);

  // Back online: retry at once (the latest handlers, without re-subscribing every render).
  const onOnline = useRef<() => void>(undefined);
  useEffect(() => {
    onOnline.current = network && canRetry && !retrying ? (decision.autoRetry ? fire : retryNow) : undefined;
  });
  useEffect(() => {
    if (!network) return;
    const handle = () => onOnline.current?.();
    window.addEventListener('online', handle);
    return () => window.removeEventListener('online', handle);
  }, [network]);

  const time = (seconds: number) => formatDuration(translator, seconds);
  const waitText = (seconds: number | null) => {
    if (seconds === null) return null;
    if (seconds <= 0) return t('countdown.ready');
    const formatted = time(seconds);
    return formatted === null ? t('countdown.later') : t('countdown.retryIn', { time: formatted });
  };

  const message = outcome.messageKey ? t(outcome.messageKey) : null;
  const countdown =
    outcome.kind === 'countdown' && waitS !== null
      ? { remainingS: waitS, done: waitS <= 0, text: waitText(waitS) as string }
      : null;

  let retry: AuthErrorRetryState | null = null;
  if (isRetry) {
    const status: AuthErrorRetryState['status'] = retrying
      ? 'retrying'
      : offline
        ? 'offline'
        : decision.autoRetry
          ? arrival?.paused
            ? 'paused'
            : 'waiting'
          : 'manual';
    const remainingS = status === 'waiting' || status === 'paused' ? retryS : status === 'manual' ? waitS : null;
    const formatted = remainingS !== null && remainingS > 0 ? time(remainingS) : null;
    const text =
      status === 'retrying'
        ? t('retry.retrying')
        : status === 'offline'
          ? t('retry.offline')
          : status === 'paused' && formatted
            ? t('retry.paused', { time: formatted })
            : status === 'waiting' && formatted
              ? t('retry.retryingIn', { time: formatted })
              : status === 'manual' && remainingS !== null && remainingS > 0
                ? waitText(remainingS)
                : null;
    retry = { status, attempt: run?.attempts ?? 0, maxAttempts: MAX_RETRY_ATTEMPTS, remainingS, text };
  }

  let timer: OutcomeTimer | null = null;
  if (countdown && !countdown.done && waitDeadline) {
    timer = { deadline: waitDeadline, text: waitText };
  } else if ((retry?.status === 'waiting' || retry?.status === 'paused') && retryDeadline) {
    const key = retry.status === 'paused' ? 'retry.paused' : 'retry.retryingIn';
    timer = {
      deadline: retryDeadline,
      text: (seconds) => {
        const formatted = seconds > 0 ? time(seconds) : null;
        return formatted ? t(key, { time: formatted }) : null;
      },
    };
  } else if (retry?.status === 'manual' && waitDeadline && (waitS ?? 0) > 0) {
    timer = { deadline: waitDeadline, text: waitText };
  }

  // Progress is announced politely once per error value, with what failed (a status root is not
  // read out when it appears): the countdown's start, a scheduled retry, waiting to be online.
  // A run of automatic retries is announced once, at its first: the rest would only add noise.
  const progress =
    countdown && !countdown.done ? countdown.text : retry && retry.status !== 'manual' && retry.attempt === 0 ? retry.text : null;
  // Automatic retries used up: the root turns from status into alert in place, which screen
  // readers don't read out, so say what failed again.
  const exhausted = retry?.status === 'manual' && decision.arrival !== null && retry.attempt >= MAX_RETRY_ATTEMPTS;
  const announcement = progress ? `${message ?? ''} ${progress}`.trim() : exhausted ? message : null;
  useEffect(() => {
    if (error && announcement && tracker.once(error, 'announced')) host.announce(announcement);
  });

  const actions: AuthErrorAction[] = [];
  const button = (id: AuthErrorAction['id'], onSelect: () => void, disabled = false) =>
    actions.push({ type: 'button', id, label: t(`actions.${id}`), onSelect, disabled });
  const link = (id: Exclude<AuthErrorAction['id'], 'tryNow'>, href: string | undefined) => {
    if (href !== undefined) actions.push({ type: 'link', id, label: t(`actions.${id}`), href });
  };
  const missing = (prop: string, id: AuthErrorAction['id']) => {
    if (process.env.NODE_ENV !== 'production') devWarn(`${error?.code}: \`${prop}\` is not set, so the "${id}" action is left out.`);
  };

  if (error) {
    const restartHref =
      safeHref(error.details?.return_to, { source: 'incoming', ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}) }) ??
      appLink('restartHref', options.restartHref) ??
      '/';
    const ids = [...outcome.actions];
    // A thrown countdown replaced the children: once it ends, offer the way back.
    if (outcome.kind === 'countdown' && source === 'thrown' && countdown?.done) ids.push('tryAgain');
    for (const id of ids) {
      switch (id) {
        case 'tryAgain':
          if (!canRetry) break;
          if (isRetry && retry?.status === 'waiting') button('tryNow', fire, (waitS ?? 0) > 0);
          else button('tryAgain', retryNow, retrying || (waitS ?? 0) > 0);
          break;
        case 'signIn':
        case 'continue': {
          const onSignIn = options.onSignIn;
          // A silent path that failed shows its fallback: hand over what is shown (session_expired).
          if (onSignIn) button(id, () => onSignIn(outcome.error));
          else link(id, restartHref);
          break;
        }
        case 'startOver':
          link(id, restartHref);
          break;
        case 'contactSupport':
          link(id, appLink('supportHref', options.supportHref));
          break;
        case 'checkStatus':
          link(id, appLink('statusPageHref', options.statusPageHref));
          break;
        case 'resendVerification': {
          const resend = options.onResendVerification;
          if (resend) button(id, () => resend(error));
          else missing('onResendVerification', id);
          break;
        }
        case 'setNewPassword': {
          const onResetPassword = options.onResetPassword;
          if (onResetPassword) button(id, () => onResetPassword(error));
          else if (options.resetPasswordHref !== undefined) link(id, appLink('resetPasswordHref', options.resetPasswordHref));
          else missing('onResetPassword', id);
          break;
        }
        case 'useAnotherMethod': {
          const choose = options.onChooseAnotherMethod;
          if (choose) button(id, () => choose(error));
          else missing('onChooseAnotherMethod', id);
          break;
        }
        case 'refresh':
          button(id, options.onReload ?? (() => window.location.reload()));
          break;
        default:
          id satisfies never;
      }
    }
  }

  let hint: string | null = null;
  if (outcome.kind === 'notice' && outcome.fields.length > 0) {
    // Field names are server text: own keys only, so `constructor` is not Object's; isolated, so
    // their direction marks cannot reorder the sentence around them.
    const labels = options.fieldLabels;
    const label = (name: string) => (labels && Object.hasOwn(labels, name) ? labels[name] : undefined) ?? isolate(name);
    hint = t('hints.conflictFields', { fields: outcome.fields.map(label) });
  } else if (outcome.hint) {
    hint = t(outcome.hint.key, outcome.hint.values);
  }

  const fields = outcomeFields(outcome, t);

  let handoff: ReactNode = null;
  if (outcome.kind === 'handoff' && error) {
    const render = options.handoffs?.[outcome.handoff];
    if (render) {
      const context: HandoffContext = {
        error,
        retry: () => {
          options.onRetry?.(error);
          host.clear('retry', error);
        },
        reset,
      };
      handoff = createElement(Handoff, { render, context });
    } else {
      if (process.env.NODE_ENV !== 'production') devWarn(`${error.code}: \`handoffs.${outcome.handoff}\` is not set, so nothing is shown in its place.`);
    }
  }

  return {
    error,
    outcome: withRole(outcome, retry),
    lang: translator.lng,
    dir: translator.dir,
    title: outcome.titleKey ? t(outcome.titleKey) : null,
    message,
    hint,
    fields,
    actions,
    countdown,
    retry,
    handoff,
    retryNow,
    reset,
    timer,
  };
}

/**
 * The per-field errors a `field_errors` outcome shows, each with at least one message: a field the
 * server named without saying what is wrong reads "This field is invalid" in the user's language.
 */
export function outcomeFields(outcome: AuthErrorOutcome, t: (key: string) => string): FieldMessages[] {
  if (outcome.kind !== 'field_errors') return [];
  return outcome.fields.map((field) => (field.messages.length > 0 ? field : { name: field.name, messages: [t('fields.invalid')] }));
}

/** A retry that is only waiting for the user again is an error to act on, not progress. */
function withRole(outcome: AuthErrorOutcome, retry: AuthErrorRetryState | null): AuthErrorOutcome {
  if (!retry) return outcome;
  const role = retry.status === 'manual' ? 'alert' : 'status';
  return outcome.role === role ? outcome : { ...outcome, role };
}
