import type { AuthErrorActionId } from '../catalogue/catalogue';
import { safeHref } from '../core/safeHref';
import { devWarn } from '../dev';
import type { AuthErrorBehaviour } from './EngineOptions';
import type { ErrorSnapshot } from './ErrorSnapshot';
import { ACTION_HANDLERS, type StoreAction } from './createErrorStore';

/** An action, decided and labelled: a button that dispatches the store action of its id, or a link through the URL policy. */
export type OutcomeActionDescriptor =
  | { readonly type: 'button'; readonly id: ButtonId; readonly label: string; readonly disabled: boolean; readonly onSelect: () => void }
  | { readonly type: 'link'; readonly id: AuthErrorActionId; readonly label: string; readonly href: string };

/** An action drawn as a button: its id is also the store action it dispatches. */
type ButtonId = (AuthErrorActionId | 'tryNow') & StoreAction;

type LinkOption = 'restartHref' | 'signInHref' | 'supportHref' | 'statusPageHref' | 'resetPasswordHref';

/** The app's link option through the URL policy; a refused one (or one that is not a string) warns in development. */
function appLink(options: AuthErrorBehaviour, option: LinkOption): string | undefined {
  const value: unknown = options[option];
  const href = safeHref(value);
  if (process.env.NODE_ENV !== 'production' && href === undefined && value !== undefined) {
    devWarn(
      typeof value === 'string'
        ? `${option} ${JSON.stringify(value.slice(0, 80))} was refused: only relative URLs and http(s) URLs are allowed.`
        : `${option} must be a string (a relative URL or an http(s) URL); a ${value === null ? 'null' : typeof value} was refused.`,
    );
  }
  return href;
}

/**
 * Where restart and sign-in links go: a return address that arrived with the error when the
 * URL policy accepts it for the page's origin, else `restartHref`, else `/`. Without an `origin`
 * option the page's own origin is known only in the browser: until `hydrated`, the return
 * address is not used, so that the server and the hydrating browser draw the same link.
 */
export function restartHrefOf(snapshot: ErrorSnapshot, options: AuthErrorBehaviour, hydrated: boolean): string {
  const origin = options.origin ?? (hydrated && typeof window !== 'undefined' ? window.location?.origin : undefined);
  // The app's options carry its allowedOrigins through.
  const returnTo = origin === undefined ? undefined : safeHref(snapshot.error?.details?.return_to, { ...options, source: 'incoming', origin });
  return returnTo ?? appLink(options, 'restartHref') ?? '/';
}

/**
 * The actions an outcome offers, in order, decided from the snapshot and the app's options: what
 * is a button and what a link, which links pass the URL policy, what is disabled while a wait
 * runs. Actions the app gave no handler or link for are left out (with a development warning).
 * `label` words an action's id; a button's `onSelect` hands its id to `act`.
 */
export function outcomeActions(
  snapshot: ErrorSnapshot,
  options: AuthErrorBehaviour,
  hydrated: boolean,
  label: (id: ButtonId | AuthErrorActionId) => string,
  act: (action: StoreAction) => void,
): OutcomeActionDescriptor[] {
  const { error, outcome, retry, source } = snapshot;
  if (!error) return [];
  const actions: OutcomeActionDescriptor[] = [];
  const waiting = snapshot.wait !== undefined && !snapshot.waitOver;
  const canRetry = source === 'thrown' || options.onRetry !== undefined;
  const button = (id: ButtonId, disabled = false) => actions.push({ type: 'button', id, label: label(id), disabled, onSelect: () => act(id) });
  const link = (id: AuthErrorActionId, href: string | undefined) => href !== undefined && actions.push({ type: 'link', id, label: label(id), href });

  const ids = [...outcome.actions];
  // A thrown error replaced the children: an inline outcome needs a way back to them (a
  // countdown once it has ended).
  if (source === 'thrown' && outcome.placement === 'inline' && !ids.includes('tryAgain') && (outcome.kind !== 'countdown' || snapshot.waitOver)) {
    ids.push('tryAgain');
  }
  for (const id of ids) {
    const handler: keyof AuthErrorBehaviour | undefined = (ACTION_HANDLERS as Partial<Record<AuthErrorActionId, keyof AuthErrorBehaviour>>)[id];
    if (id === 'tryAgain') {
      if (!canRetry) continue;
      if (retry?.status === 'waiting') button('tryNow', waiting);
      // Paused by the circuit breaker: the breaker decides when the next request goes.
      else button(id, retry?.status === 'retrying' || retry?.status === 'paused' || waiting);
    }
    // The page reload is the kit's own default; every action with a handler is a store action.
    else if (id === 'refresh' || (handler && options[handler])) button(id as ButtonId);
    else if (id === 'signIn' || id === 'continue') link(id, appLink(options, 'signInHref') ?? restartHrefOf(snapshot, options, hydrated));
    else if (id === 'startOver') link(id, restartHrefOf(snapshot, options, hydrated));
    else if (id === 'contactSupport') link(id, appLink(options, 'supportHref'));
    else if (id === 'checkStatus') link(id, appLink(options, 'statusPageHref'));
    else if (id === 'setNewPassword' && options.resetPasswordHref !== undefined) link(id, appLink(options, 'resetPasswordHref'));
    // What is left (resendVerification, setNewPassword, useAnotherMethod) has no handler: left out.
    else if (process.env.NODE_ENV !== 'production') devWarn(`${error.code}: \`${handler}\` is not set, so the "${id}" action is left out.`);
  }
  return actions;
}
