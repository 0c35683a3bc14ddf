import type { FieldMessages } from '../core/AuthErrorOutcome';

interface FieldSummaryProps {
  fields: readonly FieldMessages[];
  className: string | undefined;
  /** Whether the fields are on the page to link to (not when a thrown error replaced the form). */
  linked: boolean;
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
                  // To the field itself where the page has it (by id, else by name); else the link's own jump.
                  const input = document.getElementById(field.name) ?? document.getElementsByName(field.name)[0];
                  if (!input) return;
                  input.focus();
                  event.preventDefault();
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
