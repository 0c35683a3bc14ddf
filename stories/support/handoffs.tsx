import { useId, useState, type FormEvent } from 'react';
import { AuthErrorBoundary, type AuthErrorOptions, type HandoffContext } from '../../src';
import { MFA_CODE } from './platform';

/*
 * The app's own UIs that the kit hands over to (`handoffs` prop): an MFA challenge, MFA enrolment,
 * a step-up prompt and a captcha. The kit renders them in place of the form and gives them
 * `retry` (done: repeat the request) and `reset` (give up). Their text is the app's, in English.
 */

interface MfaChallengeProps {
  context: HandoffContext;
  /**
   * Checks the code with the platform. Resolves with `null` when it passed, or with the error to
   * show (shown by a boundary inside the challenge: totp_invalid reads "That code didn't work").
   * @defaultValue accepts {@link MFA_CODE}
   */
  verify?: (code: string) => Promise<unknown>;
  /** Called once the code passed. @defaultValue `context.retry` */
  onVerified?: () => void;
}

const verifyLocally = async (code: string): Promise<unknown> => (code === MFA_CODE ? null : { code: 'totp_invalid' });

export function MfaChallenge({ context, verify = verifyLocally, onVerified }: MfaChallengeProps) {
  const id = useId();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    const failed = await verify(code);
    setPending(false);
    if (failed) setProblem(failed);
    else (onVerified ?? context.retry)();
  };
  return (
    <form lang="en" className="demo-handoff" data-handoff="mfa" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>Two-step verification</h2>
      <p className="demo-muted">Enter the 6-digit code from your authenticator app (try {MFA_CODE}).</p>
      <AuthErrorBoundary error={problem}>
        <div className="demo-field">
          <label htmlFor={`${id}-code`}>Authentication code</label>
          <input
            id={`${id}-code`}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
      </AuthErrorBoundary>
      <div className="demo-actions">
        <button className="demo-button" type="submit" disabled={pending}>
          Verify
        </button>
        <button className="demo-button" data-variant="quiet" type="button" onClick={context.reset}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function MfaEnrolment({ context }: { context: HandoffContext }) {
  return (
    <div lang="en" className="demo-handoff" data-handoff="mfaEnrolment">
      <p>Scan this code with an authenticator app, then continue.</p>
      <p className="demo-code" aria-label="Setup key">
        JBSW Y3DP EHPK 3PXP
      </p>
      <div className="demo-actions">
        <button className="demo-button" type="button" onClick={context.retry}>
          I have set it up
        </button>
      </div>
    </div>
  );
}

function StepUp({ context }: { context: HandoffContext }) {
  const id = useId();
  return (
    <form
      lang="en"
      className="demo-handoff"
      data-handoff="stepUp"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        context.retry();
      }}
    >
      <h2 id={`${id}-title`}>Confirm it's you</h2>
      <p className="demo-muted">Changing your email address needs a recent sign-in.</p>
      <div className="demo-field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} type="password" autoComplete="current-password" />
      </div>
      <button className="demo-button" type="submit">
        Confirm
      </button>
    </form>
  );
}

export function Captcha({ context, onSolved }: { context: HandoffContext; onSolved?: (token: string) => void }) {
  const id = useId();
  const [checked, setChecked] = useState(false);
  return (
    <div lang="en" className="demo-handoff" data-handoff="captcha">
      <p>One more step before we sign you in.</p>
      <div className="demo-check">
        <input id={`${id}-human`} type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} />
        <label htmlFor={`${id}-human`}>I'm not a robot</label>
      </div>
      <button
        className="demo-button"
        type="button"
        disabled={!checked}
        onClick={() => {
          onSolved?.('captcha_ok_' + Date.now().toString(36));
          context.retry();
        }}
      >
        Continue
      </button>
    </div>
  );
}

/** The example app's hand-off UIs, as given to `handoffs`. */
export const exampleHandoffs: NonNullable<AuthErrorOptions['handoffs']> = {
  mfa: (context) => <MfaChallenge context={context} />,
  mfaEnrolment: (context) => <MfaEnrolment context={context} />,
  stepUp: (context) => <StepUp context={context} />,
  captcha: (context) => <Captcha context={context} />,
};
