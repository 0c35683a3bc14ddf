import type { AuthErrorAction } from '../hooks/AuthErrorOutcomeState';

interface OutcomeActionsProps {
  actions: readonly AuthErrorAction[];
  className: string | undefined;
  buttonClassName: string | undefined;
  linkClassName: string | undefined;
}

/** An outcome's buttons and links, primary first. */
export function OutcomeActions({ actions, className, buttonClassName, linkClassName }: OutcomeActionsProps) {
  if (actions.length === 0) return null;
  return (
    <div className={className}>
      {actions.map((action) =>
        action.type === 'button' ? (
          <button
            key={action.id}
            type="button"
            className={buttonClassName}
            data-action={action.id}
            disabled={action.disabled}
            onClick={action.onSelect}
          >
            {action.label}
          </button>
        ) : (
          <a key={action.id} className={linkClassName} data-action={action.id} href={action.href}>
            {action.label}
          </a>
        ),
      )}
    </div>
  );
}
