import { enBundle } from '../i18n/en';

/** The last resort: static copy from the English bundle, no translation, no behaviour. */
export function SafetyNet({ code }: { code: string }) {
  return (
    <div role="alert" className="iae-root" data-auth-error-code={code} data-auth-error-outcome="generic" lang="en" dir="ltr">
      <p className="iae-message">{enBundle.generic}</p>
    </div>
  );
}
