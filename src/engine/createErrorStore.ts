import type { AuthErrorOutcome, RetryOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { resolveOutcome } from '../core/resolveOutcome';
import { retryDelayMs } from '../core/retryDelayMs';
import { countdownDeadline, laterDeadline, remainingMs, type CountdownDeadline } from './countdown';
import { continueRun, runKeyOf, type ErrorRun } from './errorRun';
import type { Announcement, ErrorSnapshot, RetryStatus } from './ErrorSnapshot';
import { MAX_RETRY_ATTEMPTS } from './ErrorSnapshot';
import type { AuthErrorBehaviour, AuthErrorResetDetails, AuthErrorResetReason } from './EngineOptions';
import { invokeCallback } from './invokeCallback';
import type { EngineServices } from './EngineServices';
import { normaliseInput } from './normaliseInput';
import { reportArrival } from './reportArrival';

/** What the user (or the app's hand-off UI) can do to an error. */
export type StoreAction =
  | 'tryAgain'
  | 'tryNow'
  | 'signIn'
  | 'continue'
  | 'resendVerification'
  | 'setNewPassword'
  | 'useAnotherMethod'
  | 'refresh'
  | 'handoffDone'
  | 'reset';

/** How a store was created: where its errors come from, and what clearing one means to its owner. */
export interface ErrorStoreConfig<Options extends AuthErrorBehaviour> {
  readonly source: 'thrown' | 'value';
  readonly options: Options;
  /** Called after the kit cleared the error (a thrown one: render the children again). */
  readonly onClear?: (reason: AuthErrorResetReason) => void;
}

/**
 * One error slot's life — a boundary's thrown errors, its errors given as values, a toast — as a
 * store: read with `subscribe` / `getSnapshot`, changed only through its events. No React.
 */
export interface ErrorStore<Options extends AuthErrorBehaviour = AuthErrorBehaviour> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ErrorSnapshot<Options>;
  /** Whether the store has taken `input` (so its snapshot is what that input shows). */
  taken(input: unknown): boolean;
  /**
   * The snapshot the store would have after taking `input` and `options`, without taking them:
   * what a render shows before its effects have told the store (the first render, the server).
   */
  peek(input: unknown, options: Options): ErrorSnapshot<Options>;
  /**
   * An error arrives. A value store ignores the input it already has, and an input that says
   * the same as the error it shows (a render that built the error object again) unless it is
   * waiting for the answer to a retry or a refresh; `null` clears.
   */
  receive(input: unknown, componentStack?: string): void;
  /** The app's options changed. */
  setOptions(options: Options): void;
  /** The user acted. */
  act(action: StoreAction): void;
  /** Time passed (a timer text read zero, the page woke up): ends waits and fires retries that are due. */
  check(): void;
  /** The app cleared the error (`resetKeys` changed, `resetAuthError()`): the run starts over. */
  reset(details: { reason: 'imperative' } | { reason: 'keys'; prev: readonly unknown[]; next: readonly unknown[] }): void;
  /** A thrown error's children rendered again without throwing. */
  recovered(): void;
  /**
   * The app's form cleared one field's error (the user edited the field): the field leaves the
   * summary; once every field has, the error is cleared (`onReset` with reason `imperative`).
   */
  dismissField(name: string): void;
  /** The announcement not yet said, once: the view that says it takes it. */
  takeAnnouncement(): Announcement | null;
}

/** The error shown now, and what has happened to it. */
interface Arrival {
  readonly error: IntelliAuthError;
  /** Its outcome, as resolved with `revealed` (re-resolved when the app changes that option). */
  resolved: AuthErrorOutcome;
  revealed: boolean;
  /** Whether automatic retry applies to it (wanted, and attempts are left). */
  readonly autoRetry: boolean;
  /** token_expired / silent_auth_failed: the silent path failed or cannot run. */
  silentFailed: boolean;
  retrying: boolean;
  paused: boolean;
  /** When its automatic retry fires (rolled once, so it never re-rolls the jitter). */
  retryAt: CountdownDeadline | undefined;
  announced: boolean;
  /** Fields of a field_errors outcome the app's form has cleared since. */
  dismissed: ReadonlySet<string>;
}

/** The app callback each remaining action calls with the error. */
const CALLBACKS = {
  signIn: 'onSignIn',
  continue: 'onSignIn',
  resendVerification: 'onResendVerification',
  setNewPassword: 'onResetPassword',
  useAnotherMethod: 'onChooseAnotherMethod',
} as const satisfies Partial<Record<StoreAction, keyof AuthErrorBehaviour>>;

// setTimeout overflows past 2^31 − 1 ms; long waits are re-checked hourly instead.
const MAX_TIMER_MS = 3_600_000;
const NONE = resolveOutcome({ code: 'aborted' });
const isNothing = (input: unknown) => input === null || input === undefined;

/** Creates an {@link ErrorStore} over the services shared under one provider. */
export function createErrorStore<Options extends AuthErrorBehaviour>(
  services: EngineServices,
  config: ErrorStoreConfig<Options>,
): ErrorStore<Options> {
  const { clock, breaker, environment } = services;
  const { source } = config;
  let options = config.options;
  let run: ErrorRun | null = null;
  let arrival: Arrival | null = null;
  let input: unknown = null;
  let announcement: Announcement | null = null;
  let announcedId = 0;
  let takenId = 0;
  let holdsProbe = false;
  const listeners = new Set<() => void>();
  let disarm: (() => void) | undefined;

  const wantsAutoRetry = (o: Options) => o.autoRetry ?? o.onRetry !== undefined;
  const canRetry = (o: Options) => source === 'thrown' || o.onRetry !== undefined;

  /** The arrival of `error` after `previous`: pure, so a render can peek at it. */
  function arriving(value: unknown, o: Options, previous: ErrorRun | null) {
    const error = normaliseInput(value, o.normalize);
    const kind = resolveOutcome(error);
    const nextRun = continueRun(previous, runKeyOf(kind), error.code, error.details?.retry_after_s, clock);
    const autoRetry = wantsAutoRetry(o) && nextRun.attempts < MAX_RETRY_ATTEMPTS;
    const revealed = o.revealAccountDetails === true;
    const resolved = resolveOutcome(error, { autoRetry, revealAccountDetails: revealed });
    let silentFailed = false;
    if (resolved.kind === 'silent') {
      const refresh = resolved.strategy === 'refresh';
      const possible = refresh ? o.onRefreshToken !== undefined : canRetry(o);
      // A second token_expired or silent_auth_failed in a row means the silent path does not help,
      // unless a refresh is still running: a token_expired from a concurrent request joins it.
      const joining = refresh && services.refresh.refreshing;
      silentFailed = !possible || (nextRun.index > 1 && !joining);
    }
    const next: Arrival = { error, resolved, revealed, autoRetry, silentFailed, retrying: false, paused: false, retryAt: undefined, announced: false, dismissed: new Set() };
    return { run: nextRun, arrival: next };
  }

  function retryStatus(a: Arrival, o: Options): RetryStatus {
    if (a.retrying) return 'retrying';
    if (a.error.code === 'network_error' && canRetry(o) && !environment.isOnline()) return 'offline';
    if (a.autoRetry) return a.paused ? 'paused' : 'waiting';
    return 'manual';
  }

  function outcomeOf(a: Arrival | null): AuthErrorOutcome {
    if (!a) return NONE;
    const { resolved, dismissed } = a;
    if (resolved.kind === 'field_errors' && dismissed.size > 0) return { ...resolved, fields: resolved.fields.filter((field) => !dismissed.has(field.name)) };
    return resolved.kind === 'silent' && a.silentFailed ? resolved.fallback : resolved;
  }

  /** The wait that applies to the outcome: a countdown, or a retry held back by Retry-After. */
  function waitOf(outcome: AuthErrorOutcome, r: ErrorRun | null) {
    return outcome.kind === 'countdown' || (outcome.kind === 'retry' && outcome.retryAfterS !== undefined) ? r?.wait : undefined;
  }

  /** When an automatic retry should fire: backoff with jitter, never before the server's wait. */
  function rollRetry(a: Arrival, r: ErrorRun, outcome: RetryOutcome): CountdownDeadline | undefined {
    return laterDeadline(countdownDeadline(retryDelayMs(r.attempts + 1, a.error) / 1000, clock), waitOf(outcome, r));
  }

  /**
   * Whether a value says what the error shown says (code, status, details) while nothing waits
   * for an answer: a render that built the error object again, not a new failure.
   */
  function repeats(value: unknown, o: Options): boolean {
    if (!arrival || arrival.retrying || (arrival.resolved.kind === 'silent' && !arrival.silentFailed)) return false;
    const next = normaliseInput(value, o.normalize);
    const { error } = arrival;
    return next.code === error.code && next.status === error.status && JSON.stringify(next.details) === JSON.stringify(error.details);
  }

  /** The snapshot of a state. `commit`: the state is the store's own, so a retry time rolled here is kept. */
  function derive(a: Arrival | null, r: ErrorRun | null, o: Options, commit: boolean): ErrorSnapshot<Options> {
    const revealed = o.revealAccountDetails === true;
    if (a && a.revealed !== revealed) {
      const resolved = resolveOutcome(a.error, { autoRetry: a.autoRetry, revealAccountDetails: revealed });
      if (commit) Object.assign(a, { resolved, revealed });
      else a = { ...a, resolved, revealed };
    }
    let outcome = outcomeOf(a);
    let retry: ErrorSnapshot['retry'] = null;
    if (a && r && outcome.kind === 'retry') {
      const status = retryStatus(a, o);
      const retryAt = a.retryAt ?? (status === 'waiting' ? rollRetry(a, r, outcome) : undefined);
      if (commit) a.retryAt = retryAt;
      const deadline = status === 'waiting' || status === 'paused' ? retryAt : undefined;
      retry = { status, attempt: r.attempts, maxAttempts: MAX_RETRY_ATTEMPTS, deadline };
      // A retry that is only waiting for the user again is an error to act on, not progress.
      const role = status === 'manual' ? 'alert' : 'status';
      if (outcome.role !== role) outcome = { ...outcome, role };
    }
    const wait = waitOf(outcome, r);
    return {
      options: o,
      error: a ? a.error : null,
      source,
      outcome,
      wait,
      waitOver: wait !== undefined && r !== null && r.waitOver,
      retry,
      announcement,
    };
  }

  let snapshot = derive(null, null, options, false);
  let peekedInput: unknown;
  let peeked: ErrorSnapshot<Options> | undefined;

  /** Decides what to say about the error now, once per error (a wait's end aside). */
  function decideAnnouncement(next: ErrorSnapshot<Options>) {
    if (!arrival || arrival.announced) return;
    const counting = next.outcome.kind === 'countdown' && next.wait !== undefined && !next.waitOver;
    const { retry } = next;
    // Progress is announced politely once per error, with what failed (a status root is not read
    // out when it appears); a run of automatic retries at its first only. Retries used up: the
    // root turns from status into alert in place, which screen readers don't read out.
    const kind = counting || (retry && retry.status !== 'manual' && retry.attempt === 0) ? 'progress' : retry?.status === 'manual' && retry.attempt >= MAX_RETRY_ATTEMPTS ? 'exhausted' : null;
    if (!kind) return;
    arrival.announced = true;
    announcement = { id: announcedId + 1, kind };
    announcedId += 1;
  }

  function update() {
    const draft = derive(arrival, run, options, true);
    decideAnnouncement(draft);
    snapshot = { ...draft, announcement };
    peeked = undefined;
    if (listeners.size > 0) arm();
    [...listeners].forEach((listener) => listener());
  }

  function clear(reason: AuthErrorResetReason, details?: AuthErrorResetDetails) {
    const current = arrival;
    if (!current) return;
    arrival = null;
    if (source === 'value' || reason === 'keys' || reason === 'imperative') forgetRun();
    update();
    config.onClear?.(reason);
    invokeCallback('onReset', options.onReset, details ?? ({ reason, error: current.error } as AuthErrorResetDetails));
  }

  /** The run is over (the error cleared): a server that answers again closes the circuit. */
  function forgetRun() {
    if (run?.code === 'server_error' || holdsProbe) breaker.recordSuccess();
    holdsProbe = false;
    run = null;
  }

  function retryNow() {
    const current = arrival;
    if (!current) return;
    invokeCallback('onRetry', options.onRetry, current.error);
    if (arrival !== current) return;
    if (source === 'thrown' || outcomeOf(current).kind !== 'retry') clear('retry');
    else {
      current.retrying = true;
      update();
    }
  }

  /** An automatic retry comes due (or "Try now"): through the circuit breaker, counted against the run. */
  function fire() {
    const current = arrival;
    const outcome = outcomeOf(current);
    if (!current || !run || outcome.kind !== 'retry') return;
    if (outcome.circuitBreaker && !holdsProbe) {
      const probing = breaker.state !== 'closed';
      if (!breaker.tryAcquire()) {
        current.paused = true;
        current.retryAt = countdownDeadline(Math.max(1, Math.ceil(breaker.msUntilProbe() / 1000)), clock);
        update();
        return;
      }
      holdsProbe = probing;
    }
    current.paused = false;
    run = { ...run, attempts: run.attempts + 1, retried: true };
    retryNow();
  }

  function endWait() {
    const current = arrival;
    if (!current || !run || run.waitOver) return;
    run = { ...run, waitOver: true };
    const outcome = outcomeOf(current);
    if (outcome.kind === 'countdown') invokeCallback('onCountdownEnd', options.onCountdownEnd, current.error);
    // The wait is over: say so, unless an automatic retry is about to show it by retrying.
    if (arrival === current && (outcome.kind === 'countdown' || !current.autoRetry)) {
      announcedId += 1;
      announcement = { id: announcedId, kind: 'ready' };
    }
    if (arrival === current && outcome.kind === 'countdown' && source === 'thrown') clear('countdown-end');
    else update();
  }

  function check() {
    const { wait, waitOver } = snapshot;
    if (wait && !waitOver && remainingMs(wait, clock) <= 0) endWait();
    const { retry } = snapshot;
    if (retry && (retry.status === 'waiting' || retry.status === 'paused') && retry.deadline && remainingMs(retry.deadline, clock) <= 0) fire();
    else if (listeners.size > 0) arm();
  }

  /** Sets the timers and listeners the current snapshot needs (and only those). */
  function arm() {
    disarm?.();
    const offs: (() => void)[] = [];
    const { wait, waitOver, retry, error } = snapshot;
    const due = [!waitOver ? wait : undefined, retry && (retry.status === 'waiting' || retry.status === 'paused') ? retry.deadline : undefined]
      .filter((deadline): deadline is CountdownDeadline => deadline !== undefined)
      .map((deadline) => remainingMs(deadline, clock));
    if (due.length > 0) {
      const ms = Math.min(...due);
      if (ms <= 0) {
        // Over before it was armed (a render that came late): act on it now.
        disarm = undefined;
        return check();
      }
      offs.push(clock.setTimer(check, Math.min(ms, MAX_TIMER_MS)));
      offs.push(environment.onWake(check));
    }
    if (retry?.status === 'paused') offs.push(breaker.subscribe(() => fire()));
    if (error?.code === 'network_error' && canRetry(options)) {
      offs.push(
        environment.onConnectivity(() => {
          const current = arrival;
          if (!current) return;
          if (environment.isOnline() && !current.retrying) {
            if (current.autoRetry) fire();
            else retryNow();
          } else update();
        }),
      );
    }
    disarm = () => offs.forEach((off) => off());
  }

  function settleRefresh(current: Arrival, result: 'refreshed' | 'failed' | 'timeout') {
    if (arrival !== current) return;
    if (result === 'refreshed') {
      clear('refreshed');
      // Re-run the request that failed, now with a fresh token.
      invokeCallback('onRetry', options.onRetry, current.error);
    } else {
      current.silentFailed = true;
      update();
    }
  }

  /** The silent path: refresh the token, or retry once. */
  function runSilently(current: Arrival, outcome: AuthErrorOutcome) {
    if (outcome.kind !== 'silent') return;
    if (outcome.strategy === 'refresh') {
      void services.refresh
        .refresh(() => options.onRefreshToken?.(), options.refreshTimeoutMs ?? 15_000)
        .then((result) => settleRefresh(current, result));
    } else {
      invokeCallback('onRetry', options.onRetry, current.error);
      if (source === 'thrown' && arrival === current) clear('retry');
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) arm();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        disarm?.();
        disarm = undefined;
        // A probe whose holder goes away would hold every other boundary back: give it back.
        if (holdsProbe) breaker.releaseProbe();
        holdsProbe = false;
      };
    },
    getSnapshot: () => snapshot,
    taken: (value) => value === input && (source === 'value' || arrival !== null),
    peek(value, o) {
      if (peeked && peekedInput === value && peeked.options === o) return peeked;
      let draft: ErrorSnapshot<Options>;
      if ((source === 'value' && isNothing(value)) || (value === input && source === 'value' && !arrival)) draft = derive(null, run, o, false);
      else if ((value === input && arrival) || (source === 'value' && repeats(value, o))) draft = derive(arrival, run, o, false);
      else {
        const next = arriving(value, o, run);
        draft = derive(next.arrival, next.run, o, false);
      }
      peeked = { ...draft, announcement: null };
      peekedInput = value;
      return peeked;
    },
    receive(value, componentStack) {
      if (source === 'value' && value === input) return;
      const repeated = source === 'value' && repeats(value, options);
      input = value;
      if (repeated) return;
      if (source === 'value' && isNothing(value)) {
        arrival = null;
        if (run) forgetRun();
        update();
        return;
      }
      const next = arriving(value, options, run);
      run = next.run;
      // The answer to a probe is in: a server_error reopens the circuit (reportArrival); any other
      // answer says nothing about the server, so the probe goes back.
      if (holdsProbe && next.arrival.error.code !== 'server_error') breaker.releaseProbe();
      holdsProbe = false;
      arrival = next.arrival;
      update();
      const current = arrival;
      reportArrival(current.error, snapshot.outcome, options, source, componentStack, breaker);
      runSilently(current, snapshot.outcome);
    },
    setOptions(next) {
      if (next === options) return;
      options = next;
      update();
    },
    act(action) {
      const current = arrival;
      if (!current) return;
      const { error } = current;
      if (action === 'tryAgain') retryNow();
      else if (action === 'tryNow') fire();
      else if (action === 'reset') clear('imperative');
      else if (action === 'handoffDone') {
        invokeCallback('onRetry', options.onRetry, error);
        clear('retry');
      } else if (action === 'refresh') invokeCallback('onReload', options.onReload ?? (() => window.location.reload()));
      else {
        const name = CALLBACKS[action];
        // A silent path that failed shows its fallback: sign-in gets what is shown (session_expired).
        invokeCallback(name, options[name], name === 'onSignIn' ? outcomeOf(current).error : error);
      }
    },
    check,
    reset(details) {
      const current = arrival;
      if (!current) {
        forgetRun();
        return;
      }
      clear(details.reason, { ...details, error: current.error });
    },
    recovered() {
      breaker.recordSuccess();
      holdsProbe = false;
    },
    dismissField(name) {
      const current = arrival;
      if (!current || current.resolved.kind !== 'field_errors' || current.dismissed.has(name)) return;
      if (!current.resolved.fields.some((field) => field.name === name)) return;
      current.dismissed = new Set([...current.dismissed, name]);
      if (current.resolved.fields.every((field) => current.dismissed.has(field.name))) clear('imperative');
      else update();
    },
    takeAnnouncement() {
      const next = snapshot.announcement;
      if (!next || next.id === takenId) return null;
      takenId = next.id;
      return next;
    },
  };
}
