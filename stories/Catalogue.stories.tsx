import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AUTH_ERROR_CODES, catalogue, useAuthErrorMessage, type AuthErrorCode } from '../src';
import { FAMILY_FILES } from './support/codeStoryFiles';
import { messageOf, nativeName, toLocale } from './support/locales';

/** What a code without copy does instead, for the table. */
function instead(code: AuthErrorCode): string {
  const entry = catalogue[code];
  if ('handoff' in entry) return `The app’s own UI (handoffs.${entry.handoff})`;
  return entry.retry === 'refresh' ? 'Nothing: the token is refreshed (onRefreshToken)' : 'Nothing: retried once (onRetry)';
}

function Row({ code }: { code: AuthErrorCode }) {
  const entry = catalogue[code];
  // The kit's own lookup (the hook apps use to draw their own UI): null for codes users never see.
  const copy = useAuthErrorMessage({ code });
  return (
    <tr data-code={code}>
      <th scope="row" lang="en" className="demo-code">
        {code}
      </th>
      <td lang="en">{FAMILY_FILES[entry.family].title}</td>
      <td lang="en" className="demo-code">
        {entry.outcome}
      </td>
      <td lang="en" className="demo-code">
        {entry.retry}
      </td>
      {copy === null ? (
        <td lang="en" className="demo-muted" data-copy="none">
          {instead(code)}
        </td>
      ) : (
        <td data-copy="">{copy}</td>
      )}
    </tr>
  );
}

/** Every code → family → outcome → copy in the toolbar's language, straight from the catalogue and the locale bundles. */
function CatalogueTable({ locale }: { locale: string }) {
  return (
    <div className="demo-card demo-wide" style={{ maxInlineSize: '72rem' }}>
      <table className="demo-table">
        <caption lang="en" className="demo-muted">
          {AUTH_ERROR_CODES.length} codes · copy in {nativeName(locale)} ({locale})
        </caption>
        <thead lang="en">
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Family</th>
            <th scope="col">Outcome</th>
            <th scope="col">Retry</th>
            <th scope="col">Copy</th>
          </tr>
        </thead>
        <tbody>
          {AUTH_ERROR_CODES.map((code) => (
            <Row key={code} code={code} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Catalogue',
  component: CatalogueTable,
  render: (_args, { globals }) => <CatalogueTable locale={toLocale(globals.locale)} />,
  // The language comes from the toolbar.
  argTypes: { locale: { table: { disable: true } } },
} satisfies Meta<typeof CatalogueTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Table: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement, globals }) => {
    const locale = toLocale(globals.locale);
    const rows = within(canvasElement).getAllByRole('row').slice(1);
    await expect(rows.map((row) => row.getAttribute('data-code'))).toEqual([...AUTH_ERROR_CODES]);
    for (const code of AUTH_ERROR_CODES) {
      const entry = catalogue[code];
      const copy = canvasElement.querySelector(`[data-code="${code}"] [data-copy]`);
      if (entry.display === 'hidden') await expect(copy).toHaveAttribute('data-copy', 'none');
      else await expect(copy).toHaveTextContent(messageOf(locale, code));
    }
  },
};
