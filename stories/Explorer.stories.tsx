import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import {
  AUTH_ERROR_CODES,
  AuthErrorBoundary,
  catalogue,
  getFamily,
  resolveOutcome,
  toAuthError,
  type AuthErrorCode,
  type AuthErrorFamily,
} from '../src';
import { expectNoA11yViolations } from './support/a11y';
import { detailsOf, exampleFor } from './support/codeExamples';
import { APP_LINKS, handlerArgs, type CodeStoryArgs } from './support/codeStories';
import { FAMILY_FILES } from './support/codeStoryFiles';
import { exampleHandoffs } from './support/handoffs';
import { copyOf, toLocale } from './support/locales';
import { Card } from './support/screens';

type Parsed = { ok: true; value: Record<string, unknown> | undefined } | { ok: false; problem: string };

/** The textarea's text as `details`: a JSON object, or nothing when empty. Never throws. */
function parseDetails(text: string): Parsed {
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `Not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'details must be a JSON object, like {"retry_after_s": 90}.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

const detailsTextOf = (code: AuthErrorCode) => JSON.stringify(detailsOf(exampleFor(code)), null, 2);

const families = Object.keys(FAMILY_FILES) as AuthErrorFamily[];

interface ExplorerArgs extends CodeStoryArgs {
  /** The code selected first. */
  initialCode: AuthErrorCode;
}

/** Pick any code, edit its `details`, and see what the kit renders (and decides) as you type. */
function Explorer({ initialCode, error: _error, ...handlers }: ExplorerArgs) {
  const id = useId();
  const [code, setCode] = useState<AuthErrorCode>(initialCode);
  const [text, setText] = useState(() => detailsTextOf(initialCode));
  const [details, setDetails] = useState(() => {
    const parsed = parseDetails(text);
    return parsed.ok ? parsed.value : undefined;
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(0);

  const edit = (next: string) => {
    setText(next);
    const parsed = parseDetails(next);
    // Invalid JSON leaves the last good outcome on screen.
    if (parsed.ok) setDetails(parsed.value);
    setProblem(parsed.ok ? null : parsed.problem);
  };
  const choose = (next: AuthErrorCode) => {
    setCode(next);
    edit(detailsTextOf(next));
  };

  // A new object each time: what a new response from the platform would be.
  const error = useMemo(() => ({ code, ...(details ? { details } : {}), sent }), [code, details, sent]);
  const outcome = resolveOutcome(toAuthError(error));
  const entry = catalogue[code];

  return (
    <div className="demo-grid">
      <Card title="Error">
        <div lang="en">
          <div className="demo-field">
            <label htmlFor={`${id}-code`}>Code</label>
            <select id={`${id}-code`} value={code} onChange={(event) => choose(event.target.value as AuthErrorCode)}>
              {families.map((family) => (
                <optgroup key={family} label={FAMILY_FILES[family].title}>
                  {AUTH_ERROR_CODES.filter((c) => getFamily(c) === family).map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="demo-field">
            <label htmlFor={`${id}-details`}>details (JSON)</label>
            <textarea
              id={`${id}-details`}
              spellCheck={false}
              value={text}
              onChange={(event) => edit(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
            {problem && (
              <p id={`${id}-problem`} role="alert" className="demo-error" data-explorer-problem="">
                {problem}
              </p>
            )}
          </div>
          <button className="demo-button" data-variant="quiet" type="button" onClick={() => setSent((n) => n + 1)}>
            Send again
          </button>
          <dl className="demo-muted" data-explorer-decision="">
            <dt>Family · audience · display</dt>
            <dd>
              {entry.family} · {entry.audience} · {entry.display}
            </dd>
            <dt>Outcome</dt>
            <dd data-explorer-kind="">
              {outcome.kind} ({outcome.placement}, role {outcome.role ?? 'none'})
            </dd>
            <dt>Retry</dt>
            <dd>{entry.retry}</dd>
            <dt>Actions</dt>
            <dd>{outcome.actions.join(', ') || '—'}</dd>
          </dl>
        </div>
      </Card>
      <Card title="What the user sees">
        <AuthErrorBoundary {...handlers} {...APP_LINKS} handoffs={exampleHandoffs} fieldLabels={{ email: 'Email' }} error={error}>
          <p lang="en" className="demo-muted">
            The app’s page. Inline outcomes appear above it; blocking ones and hand-offs replace it.
          </p>
        </AuthErrorBoundary>
      </Card>
    </div>
  );
}

const meta = {
  title: 'Explorer',
  component: Explorer,
  args: { initialCode: 'account_locked', ...handlerArgs() },
  argTypes: { initialCode: { control: 'select', options: AUTH_ERROR_CODES }, error: { table: { disable: true } } },
  parameters: {
    docs: {
      description: {
        component: 'Any code, any `details`: the outcome updates as you type. Invalid JSON shows a message and keeps the last outcome.',
      },
    },
  },
} satisfies Meta<ExplorerArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const rootOf = (canvasElement: HTMLElement, code: string) =>
  waitFor(() => {
    const root = canvasElement.querySelector<HTMLElement>(`[data-auth-error-code="${code}"]`);
    if (!root) throw new Error(`no ${code} outcome yet`);
    return root;
  });

export const Explore: Story = {
  play: async ({ canvasElement, globals, userEvent, step }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const details = canvas.getByLabelText('details (JSON)');
    const code = canvas.getByLabelText('Code');

    await step('account_locked with its 90 s example', async () => {
      const root = await rootOf(canvasElement, 'account_locked');
      await expect(root).toHaveAttribute('data-auth-error-outcome', 'countdown');
      await expect(root).toHaveTextContent(copyOf(locale, 'codes.account_locked'));
    });

    await step('Editing retry_after_s restarts the countdown', async () => {
      const before = within(await rootOf(canvasElement, 'account_locked')).getByRole('timer').textContent;
      await userEvent.clear(details);
      await userEvent.click(details);
      await userEvent.paste('{"retry_after_s": 5}');
      await waitFor(() => expect(canvasElement.querySelector('[role="timer"]')?.textContent).not.toBe(before));
    });

    await step('Invalid JSON: a message, and the last outcome stays', async () => {
      await userEvent.type(details, '{{ oops');
      await waitFor(() => expect(canvasElement.querySelector('[data-explorer-problem]')).toHaveTextContent('JSON'));
      await expect(details).toHaveAttribute('aria-invalid', 'true');
      await expect(canvasElement.querySelector('[data-auth-error-code="account_locked"]')).not.toBeNull();
      await expectNoA11yViolations();
    });

    await step('Another code: its example details, its outcome', async () => {
      await userEvent.selectOptions(code, 'validation_failed');
      await expect(canvasElement.querySelector('[data-explorer-problem]')).toBeNull();
      await expect(details).toHaveValue(detailsTextOf('validation_failed'));
      const root = await rootOf(canvasElement, 'validation_failed');
      await expect(root).toHaveAttribute('data-auth-error-outcome', 'field_errors');
      await expect(within(root).getAllByRole('link')).toHaveLength(4);
      await expect(canvasElement.querySelector('[data-explorer-kind]')).toHaveTextContent('field_errors (inline, role alert)');
    });

    await step('A hand-off code shows the app’s UI', async () => {
      await userEvent.selectOptions(code, 'captcha_required');
      await rootOf(canvasElement, 'captcha_required');
      await expect(await canvas.findByLabelText("I'm not a robot")).toBeInTheDocument();
      await expectNoA11yViolations();
    });

    await step('Junk details never crash it', async () => {
      await userEvent.selectOptions(code, 'not_found');
      await userEvent.clear(details);
      await userEvent.click(details);
      await userEvent.paste('{"fields": 42, "retry_after_s": -1, "__proto__": {"polluted": true}}');
      const root = await rootOf(canvasElement, 'not_found');
      await expect(root).toHaveTextContent(copyOf(locale, 'codes.not_found'));
      await expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  },
};
