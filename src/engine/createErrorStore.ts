import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { resolveOutcome } from '../core/resolveOutcome';
import { retryDelayMs } from '../core/retryDelayMs';
import { countdownDeadline, laterDeadline, MAX_TIMER_MS, remainingMs, type CountdownDeadline } from './countdown';
import { continueRun, type ErrorRun } from './errorRun';
import type { Announcement, ErrorSnapshot, RetryStatus } from './ErrorSnapshot';
import { MAX_RETRY_ATTEMPTS } from './ErrorSnapshot';
import type { AuthErrorBehaviour, AuthErrorResetDetails, AuthErrorResetReason } from './EngineOptions';
import { invokeCallback } from './invokeCallback';
import type { EngineServices } from './EngineServices';
import { normaliseInput } from './normaliseInput';
import { reportArrival } from './reportArrival';
import { shallowEqual } from './shallowEqual';

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
  readonly onClear?: ((reason: AuthErrorResetReason) => void) | undefined;
}

/**
 * One error slot's life — a boundary's thrown errors, its errors given as values, a toast — as a
 * store: read with `subscribe` / `getSnapshot`, changed only through its events. No React.
 */
export interface ErrorStore<Options extends AuthErrorBehaviour = AuthErrorBehaviour> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ErrorSnapshot<Options>;
  /**
   * The snapshot the store would have after taking `input` and `options`, without taking them:
   * what a render shows before its effects have told the store (the first render, the server);
   * the store's own snapshot once it has taken them.
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
  /**
   * Its outcome, resolved without revealing account details (the snapshot reads those with the
   * app's current choice). A retry outcome's role is the snapshot's to set: it follows the retry status.
   */
  readonly resolved: AuthErrorOutcome;
  /** Whether automatic retry applies to it (wanted, and attempts are left). */
  readonly autoRetry: boolean;
  /** token_expired / silent_auth_failed: the silent path failed or cannot run. */
  silentFailed: boolean;
  // Unset until they happen.
  retrying?: boolean;
  paused?: boolean;
  /** When its automatic retry fires (rolled once, so it never re-rolls the jitter). */
  retryAt?: CountdownDeadline | undefined;
  announced?: boolean;
  /** Fields of a field_errors outcome the app's form has cleared since. */
  readonly dismissed: Set<string>;
}

/** What taking an input leaves shown (nothing, or an arrival) with its run, and the input and options it came from. */
type Taking = [Arrival | null, ErrorRun | null, input?: unknown, options?: AuthErrorBehaviour];

/**
 * The app's handler for each action that calls one: the store calls it with the error, and the
 * action is a button only when the app gave it (`outcomeActions`).
 */
export const ACTION_HANDLERS = {
  signIn: 'onSignIn',
  continue: 'onSignIn',
  resendVerification: 'onResendVerification',
  setNewPassword: 'onResetPassword',
  useAnotherMethod: 'onChooseAnotherMethod',
} as const satisfies Partial<Record<StoreAction, keyof AuthErrorBehaviour>>;

/** The app's handlers the store calls with one argument. */
type AppHandler = 'onRetry' | 'onCountdownEnd' | 'onReset' | (typeof ACTION_HANDLERS)[keyof typeof ACTION_HANDLERS];

const NONE = resolveOutcome({ code: 'aborted' });
/** How long a retry's answer may take (seconds) before the attempt counts as failed. */
const ANSWER_S = 30;
const reloadPage = () => window.location.reload();

/** Creates an {@link ErrorStore} over the services shared under one provider. */
export function createErrorStore<Options extends AuthErrorBehaviour>(
  services: EngineServices,
  config: ErrorStoreConfig<Options>,
): ErrorStore<Options> {
  const { clock, breaker, environment } = services;
  const { source } = config;
  // Errors its children threw (else errors given as values).
  const thrown = source === 'thrown';
  let options = config.options;
  // Invariant: whenever an error is shown (`arrival`), its run is known (`run`).
  let run: ErrorRun | null = null;
  let arrival: Arrival | null = null;
  let input: unknown = null;
  let announcement: Announcement | null = null;
  let holdsProbe = false;
  // Whether something reads the store (else its boundary unmounted: a refresh that settles later is dropped).
  let attached = true;
  // What taking an input leaves (see taking), with the input and options it came from.
  let pending: Taking | undefined;
  const listeners = new Set<() => void>();
  // Idempotent: every timer and listener it stops can be stopped twice.
  let disarm = () => {};

  /** Whether `value` clears a value store's error (`null` / `undefined`). */
  const clears = (value: unknown) => !thrown && (value === null || value === undefined);
  const canRetry = (o: Options) => thrown || o.onRetry !== undefined;
  /** Calls the app's handler `name` (contained, see invokeCallback). */
  const call = (name: AppHandler, arg: unknown) => invokeCallback(name, options[name] as ((arg: unknown) => unknown) | undefined, arg);

  /**
   * The snapshot of a state. `commit`: the state is the store's own, so a retry time rolled here
   * is kept and what to announce is decided; a peek announces nothing.
   */
  function derive(a: Arrival | null, r: ErrorRun | null, o: Options, commit: boolean): ErrorSnapshot<Options> {
    let outcome = outcomeOf(a, o.revealAccountDetails === true);
    // The wait that applies: a countdown's, or a retry's held back by Retry-After.
    const wait = outcome.kind === 'countdown' || (outcome.kind === 'retry' && outcome.retryAfterS !== undefined) ? r?.wait : undefined;
    const waitOver = wait !== undefined && r !== null && r.waitOver;
    let retry: ErrorSnapshot['retry'] = null;
    if (a && r && outcome.kind === 'retry') {
      const status: RetryStatus = a.retrying
        ? 'retrying'
        : a.error.code === 'network_error' && canRetry(o) && !environment.isOnline()
          ? 'offline'
          : a.paused
            ? 'paused'
            : a.autoRetry
              ? 'waiting'
              : 'manual';
      let deadline: CountdownDeadline | undefined;
      // Only while scheduled: a paused retry's time is set by the breaker; a waiting one's is rolled
      // once (backoff with jitter, never before the server's wait), so it never re-rolls. A retry out
      // has the time its answer is due by.
      if (status !== 'manual' && status !== 'offline') {
        deadline = a.retryAt ?? laterDeadline(countdownDeadline(retryDelayMs(r.attempts + 1, a.error) / 1000, clock), wait);
        if (commit) a.retryAt = deadline;
      }
      retry = { status, attempt: r.attempts, deadline };
      // A retry that is only waiting for the user again is an error to act on, not progress.
      const role = status === 'manual' ? 'alert' : 'status';
      if (outcome.role !== role) outcome = { ...outcome, role };
    }
    if (commit && a && !a.announced) {
      // Progress is announced politely once per error, with what failed (a status root is not read
      // out when it appears); a run of automatic retries at its first only. Retries used up: the
      // root turns from status into alert in place, which screen readers don't read out.
      const counting = outcome.kind === 'countdown' && wait !== undefined && !waitOver;
      const kind =
        counting || (retry && retry.status !== 'manual' && retry.attempt === 0)
          ? 'progress'
          : retry?.status === 'manual' && retry.attempt >= MAX_RETRY_ATTEMPTS
            ? 'exhausted'
            : null;
      if (kind) {
        a.announced = true;
        announcement = { kind };
      }
    }
    return { options: o, error: a ? a.error : null, source, outcome, wait, waitOver, retry, announcement: commit ? announcement : null };
  }

  /**
   * What taking `value` with `o` leaves shown, and its run: nothing when it clears; the error shown
   * when a value store is given one that says the same (code, status, details) while nothing
   * waits for an answer (a render that built the error object again, not a new failure); else a
   * new arrival. Pure, so a render can peek at it; kept until the state changes, so that taking
   * the input a render peeked at takes what that render drew.
   */
  function taking(value: unknown, o: Options): Taking {
    if (clears(value)) return [null, null];
    if (pending && pending[2] === value && pending[3] === o) return pending;
    const error = normaliseInput(value, o.normalize);
    const shown = thrown || !arrival || arrival.retrying || (arrival.resolved.kind === 'silent' && !arrival.silentFailed) ? undefined : arrival.error;
    pending = [arrival, run, value, o];
    if (shown && error.code === shown.code && error.status === shown.status && JSON.stringify(error.details) === JSON.stringify(shown.details)) return pending;
    const resolved = resolveOutcome(error);
    const nextRun = continueRun(run, error, resolved, clock);
    const autoRetry = (o.autoRetry ?? o.onRetry !== undefined) && nextRun.attempts < MAX_RETRY_ATTEMPTS;
    let silentFailed = false;
    if (resolved.kind === 'silent') {
      const refresh = resolved.strategy === 'refresh';
      const possible = refresh ? o.onRefreshToken !== undefined : canRetry(o);
      // A second token_expired or silent_auth_failed in a row means the silent path does not help,
      // unless a refresh is still running: a token_expired from a concurrent request joins it.
      const joining = refresh && services.refresh.refreshing;
      silentFailed = !possible || (nextRun.index > 1 && !joining);
    }
    pending = [{ error, resolved, autoRetry, silentFailed, dismissed: new Set() }, nextRun, value, o];
    return pending;
  }

  /** An automatic retry comes due (or "Try now"): through the circuit breaker, counted against the run. */
  function fire() {
    const current = arrival;
    const { outcome } = snapshot;
    if (!current || !run || outcome.kind !== 'retry') return;
    // No answer in time (onRetry threw, rejected or hangs): the attempt failed with the same error.
    if (current.retrying) return receive(current.error);
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
    // Once fired, the arrival is retrying (or gone): `paused` no longer shows.
    run = { ...run, attempts: run.attempts + 1, retried: true };
    retryNow();
  }

  let snapshot = derive(null, null, options, false);
  let peekedInput: unknown;
  let peeked: ErrorSnapshot<Options> | undefined;

  function update() {
    const next = derive(arrival, run, options, true);
    // What a render peeked at, said the same: keep that object, so the render that drew it is not redone.
    snapshot = peeked && shallowEqual(next, peeked) ? peeked : next;
    peeked = undefined;
    pending = undefined;
    if (listeners.size > 0) arm();
    [...listeners].forEach((listener) => listener());
  }

  /** Clears the error shown; `details`: a reset's own (its keys). */
  function clear(reason: AuthErrorResetReason, details?: object) {
    const current = arrival;
    if (!current) return;
    arrival = null;
    if (!thrown || reason === 'keys' || reason === 'imperative') forgetRun();
    update();
    config.onClear?.(reason);
    call('onReset', { reason, ...details, error: current.error } as AuthErrorResetDetails);
  }

  /** Sets the timers and listeners the current snapshot needs (and only those). */
  function arm() {
    disarm();
    const offs: (() => void)[] = [];
    const { wait, waitOver, retry, error } = snapshot;
    // A retry's deadline is set only while one is scheduled (waiting, or paused by the breaker).
    const ms = Math.min(...[waitOver ? undefined : wait, retry?.deadline].map((deadline) => (deadline ? remainingMs(deadline, clock) : Infinity)));
    // Over before it was armed (a render that came late): act on it now.
    if (ms <= 0) return check();
    if (ms < Infinity) offs.push(clock.setTimer(check, Math.min(ms, MAX_TIMER_MS)), environment.onWake(check));
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

  function retryNow() {
    const current = arrival;
    if (!current) return;
    call('onRetry', current.error);
    if (arrival !== current) return;
    if (thrown || snapshot.outcome.kind !== 'retry') clear('retry');
    else {
      current.retrying = true;
      // The time its answer is due by (see fire).
      current.retryAt = countdownDeadline(ANSWER_S, clock);
      update();
    }
  }

  /** An error arrives (see ErrorStore.receive). */
  function receive(value: unknown, componentStack?: string) {
    if (!thrown && value === input) return;
    const [current, nextRun] = taking(value, options);
    input = value;
    attached = true;
    if (!current) {
      // The app cleared its error: the server answered (a server_error's circuit closes). Cleared
      // while a retry is out (a mutation clears its error as it asks again), it has not answered
      // yet: the run goes on, so that an error within its window counts against its attempts, and
      // the circuit (and a probe this store holds) waits for the answer: no error in ANSWER_S is a
      // success.
      if (arrival?.retrying && run) awaitAnswer((run = { ...run, retried: false }));
      else {
        answered();
        forgetRun();
      }
      arrival = null;
      update();
      return;
    }
    // The same error again.
    if (current === arrival) return;
    run = nextRun;
    // The answer to a probe is in: a server_error reopens the circuit (reportArrival); any other
    // answer says nothing about the server, so the probe goes back.
    if (holdsProbe && current.error.code !== 'server_error') breaker.releaseProbe();
    holdsProbe = false;
    arrival = current;
    update();
    reportArrival(current.error, snapshot.outcome, options, source, componentStack, breaker);
    runSilently(current, snapshot.outcome);
  }

  /** Ends a wait that is over and fires a retry that is due; otherwise re-arms for the next. */
  function check() {
    const { wait, waitOver, outcome } = snapshot;
    const current = arrival;
    // A wait in the snapshot is the current arrival's run's.
    if (current && run && wait && !waitOver && remainingMs(wait, clock) <= 0) {
      run = { ...run, waitOver: true };
      const counting = outcome.kind === 'countdown';
      if (counting) call('onCountdownEnd', current.error);
      if (arrival !== current) update();
      else {
        // The wait is over: say so, unless an automatic retry is about to show it by retrying.
        if (counting || !current.autoRetry) announcement = { kind: 'ready' };
        if (counting && thrown) clear('countdown-end');
        else update();
      }
    }
    const deadline = snapshot.retry?.deadline;
    if (deadline && remainingMs(deadline, clock) <= 0) fire();
    else if (listeners.size > 0) arm();
  }

  /**
   * The retry of `awaiting` went out and its error is gone, which is no answer yet (a mutation
   * loading, children rendering their loading state): no error in ANSWER_S (one arriving, or a
   * reset, replaces the run) while still mounted is the server's answer.
   */
  function awaitAnswer(awaiting: ErrorRun) {
    clock.setTimer(() => run === awaiting && attached && answered(), ANSWER_S * 1000);
  }

  /** The server answered the run without an error: a server_error's circuit closes. */
  function answered() {
    if (run?.code === 'server_error' || holdsProbe) breaker.recordSuccess();
    holdsProbe = false;
  }

  /** What an arrival shows now; `reveal`: with the account details the app chose to show (remaining attempts). */
  function outcomeOf(a: Arrival | null, reveal: boolean): AuthErrorOutcome {
    if (!a) return NONE;
    const { dismissed } = a;
    const resolved = reveal ? resolveOutcome(a.error, { revealAccountDetails: true }) : a.resolved;
    if (resolved.kind === 'field_errors' && dismissed.size > 0) return { ...resolved, fields: resolved.fields.filter((field) => !dismissed.has(field.name)) };
    return resolved.kind === 'silent' && a.silentFailed ? resolved.fallback : resolved;
  }

  /** The silent path: refresh the token, or retry once. */
  function runSilently(current: Arrival, outcome: AuthErrorOutcome) {
    if (outcome.kind !== 'silent') return;
    if (outcome.strategy === 'refresh') {
      void services.refresh
        .refresh(() => options.onRefreshToken?.(), options.refreshTimeoutMs)
        .then((result) => {
          if (arrival !== current || !attached) return;
          if (result === 'refreshed') {
            clear('refreshed');
            // Re-run the request that failed, now with a fresh token.
            call('onRetry', current.error);
          } else {
            current.silentFailed = true;
            update();
          }
        });
    } else {
      call('onRetry', current.error);
      if (thrown && arrival === current) clear('retry');
    }
  }

  /**
   * The run is over (the error cleared). A reset (resetKeys, resetAuthError) or the kit's own clear
   * is no answer from the server: a probe this store held goes back, and the circuit stays as it is.
   */
  function forgetRun() {
    pending = undefined;
    if (holdsProbe) breaker.releaseProbe();
    holdsProbe = false;
    run = null;
  }

  /** Whether the store has taken `value` (so its snapshot is what that value shows). */
  const taken = (value: unknown) => value === input && (!thrown || arrival !== null);

  return {
    subscribe(listener) {
      listeners.add(listener);
      attached = true;
      if (listeners.size === 1) arm();
      return () => {
        listeners.delete(listener);
        // Its view went because its error did (a thrown error's children render again after a retry):
        // the store stays, awaiting the retry's answer. Else its boundary went.
        if (listeners.size > 0 || !arrival) return;
        attached = false;
        disarm();
        // A probe whose holder goes away would hold every other boundary back: give it back.
        if (holdsProbe) breaker.releaseProbe();
        holdsProbe = false;
      };
    },
    getSnapshot: () => snapshot,
    peek(value, o) {
      if (taken(value) && snapshot.options === o) return snapshot;
      if (!peeked || peekedInput !== value || peeked.options !== o) {
        const [a, r] = taken(value) ? [arrival, run] : taking(value, o);
        peeked = derive(a, r, o, false);
        peekedInput = value;
      }
      return peeked;
    },
    receive,
    setOptions(next) {
      if (next === options) return;
      options = next;
      update();
    },
    act(action) {
      if (!arrival) return;
      // The error shown: a silent path that failed shows its fallback, so sign-in gets session_expired.
      const { outcome } = snapshot;
      const { error } = outcome;
      // "Try again" on a server_error goes through the circuit breaker too, attempts used up or not:
      // while the circuit is open it waits for the probe (paused) instead of sending.
      if (action === 'tryNow' || (action === 'tryAgain' && outcome.kind === 'retry' && outcome.circuitBreaker)) fire();
      else if (action === 'tryAgain') retryNow();
      else if (action === 'reset') clear('imperative');
      else if (action === 'handoffDone') {
        call('onRetry', error);
        clear('retry');
      } else if (action === 'refresh') invokeCallback('onReload', options.onReload ?? reloadPage);
      else call(ACTION_HANDLERS[action], error);
    },
    check,
    reset(details) {
      // With no error shown, the run still starts over (clear does that too).
      if (arrival) clear(details.reason, details);
      else forgetRun();
    },
    recovered() {
      // After the kit's own retry (its run kept), the children render again, maybe only their loading
      // state: the server's answer is awaited. After a reset (resetKeys, resetAuthError) the run is
      // gone, and rendering again says nothing about the server.
      if (run) awaitAnswer(run);
    },
    dismissField(name) {
      // The fields still shown (the snapshot's outcome leaves the dismissed ones out).
      const { outcome } = snapshot;
      if (!arrival || outcome.kind !== 'field_errors' || !outcome.fields.some((field) => field.name === name)) return;
      arrival.dismissed.add(name);
      if (outcome.fields.length === 1) clear('imperative');
      else update();
    },
    takeAnnouncement() {
      const next = announcement;
      announcement = null;
      return next;
    },
  };
}
