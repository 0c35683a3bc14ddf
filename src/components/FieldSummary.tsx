import type { FieldMessages } from '../core/AuthErrorOutcome';

interface FieldSummaryProps {
  fields: readonly FieldMessages[];
  className: string | undefined;
  /** Whether the fields are on the page to link to (not when a thrown error replaced the form). */
  linked: boolean;
}

function focusField(name: string) {
  const field = document.getElementById(name) ?? document.getElementsByName(name)[0];
  if (!field) return false;
  field.focus();
  return true;
}

/** An error summary: every field message, each a link to its field while the form is on the page. */
export function FieldSummary({ fields, className, linked }: FieldSummaryProps) {
  return (
    <ul className={className}>
      {fields.flatMap((field) =>
        field.messages.map((text, i) => (
          <li key={`${field.name}:${i}`}>
            {linked ? (
              <a
                href={`#${encodeURIComponent(field.name)}`}
                onClick={(event) => {
                  if (focusField(field.name)) event.preventDefault();
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        )),
      )}
    </ul>
  );
}
