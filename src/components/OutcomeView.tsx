'use client';

import type { AuthErrorCode } from '../catalogue/catalogue';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { useKit } from '../hooks/KitContext';
import { RenderProp } from '../hooks/RenderProp';
import { useAnnouncements } from '../hooks/useAnnouncements';
import { useOutcomeState } from '../hooks/useOutcomeState';
import { ErrorCatcher } from './ErrorCatcher';
import { KitOutcome } from './KitOutcome';
import { SafetyNet } from './SafetyNet';

interface OutcomeViewProps {
  store: ErrorStore<AuthErrorOptions>;
  snapshot: ErrorSnapshot<AuthErrorOptions>;
}

/** Draws a store's snapshot inline: the app's renderer for the code if it has one (guarded), else the kit's. */
export function OutcomeView({ store, snapshot }: OutcomeViewProps) {
  const { translator, languagePending, services } = useKit();
  const { options, outcome } = snapshot;
  // Own keys only: an unknown code such as `toString` must not find Object.prototype's.
  const { renderers } = options;
  const render = renderers && Object.hasOwn(renderers, outcome.code) ? renderers[outcome.code as AuthErrorCode] : undefined;
  // The app's renderer reads the countdown from the state, so the state ticks; the kit's view
  // leaves the ticking to its timer text.
  const { timer, ...state } = useOutcomeState(snapshot, store, translator, services.clock, render !== undefined);
  useAnnouncements(store, state, translator, languagePending);
  const kit = <KitOutcome state={state} timer={render ? null : timer} store={store} snapshot={snapshot} />;
  return (
    <ErrorCatcher guards="" fallback={() => <SafetyNet code={outcome.code} />} resetKey={state.error}>
      {render ? (
        <ErrorCatcher guards={outcome.code} fallback={() => kit} resetKey={state.error}>
          <RenderProp render={render} value={state} />
        </ErrorCatcher>
      ) : (
        kit
      )}
    </ErrorCatcher>
  );
}
