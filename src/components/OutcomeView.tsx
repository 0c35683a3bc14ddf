'use client';

import type { AuthErrorCode } from '../catalogue/catalogue';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { useKit } from '../hooks/KitContext';
import { RenderProp } from '../hooks/RenderProp';
import { useAnnouncements } from '../hooks/useAnnouncements';
import { useOutcomeState } from '../hooks/useOutcomeState';
import { enBundle } from '../i18n/en';
import { ErrorCatcher } from './ErrorCatcher';
import { KitOutcome } from './KitOutcome';

/** The last resort: static copy from the English bundle, no translation, no behaviour. */
function SafetyNet({ code }: { code: string }) {
  return (
    <div role="alert" className="iae-root" data-auth-error-code={code} data-auth-error-outcome="generic" lang="en" dir="ltr">
      <p className="iae-message">{enBundle.generic}</p>
    </div>
  );
}

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
