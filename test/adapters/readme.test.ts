import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTH_ERROR_CODES } from '../../src';
import { AUTH0_ERROR_CODES, AUTH0_INVALID_GRANT_DESCRIPTIONS, AUTH0_NETWORK_MESSAGES } from '../../src/adapters/auth0/AUTH0_ERROR_CODES';
import { CLERK_ERROR_CODES } from '../../src/adapters/clerk/CLERK_ERROR_CODES';
import { COGNITO_ERROR_CODES, COGNITO_NOT_AUTHORIZED_MESSAGES } from '../../src/adapters/cognito/COGNITO_ERROR_CODES';
import { FIREBASE_ERROR_CODES } from '../../src/adapters/firebase/FIREBASE_ERROR_CODES';
import { SUPABASE_ERROR_CODES, SUPABASE_LEGACY_MESSAGES } from '../../src/adapters/supabase/SUPABASE_ERROR_CODES';
import { entriesOf } from './support';

const README = resolve(__dirname, '../../README.md');

type Table = readonly string[];

/** A provider's table: the provider's name for its values, and how each value is written. */
interface Source {
  table: Table;
  write: (value: string) => string;
  /** How the table's entries are separated: spaces, or `|` in a table of messages. */
  separator?: string;
  /**
   * List the values alphabetically: Clerk's table is ordered for size (see CLERK_ERROR_CODES), which
   * reads as no order at all.
   */
  sorted?: boolean;
}

const PROVIDERS: Record<string, { heading: string; sources: Source[] }> = {
  auth0: {
    heading: 'Auth0 `error`',
    sources: [
      { table: AUTH0_INVALID_GRANT_DESCRIPTIONS, write: (v) => `\`invalid_grant\` "${v}"`, separator: '|' },
      { table: AUTH0_ERROR_CODES, write: (v) => `\`${v}\`` },
      { table: AUTH0_NETWORK_MESSAGES, write: (v) => `message "${v}"`, separator: '|' },
    ],
  },
  clerk: {
    heading: 'Clerk code or sign-in status',
    // The table's HTTP statuses (`401`, `5*`) decide for a response whose code no line holds.
    sources: [{ table: CLERK_ERROR_CODES, write: (v) => (/^\d/.test(v) ? `any other code with HTTP ${v.replace('*', 'xx')}` : `\`${v}\``), sorted: true }],
  },
  supabase: {
    heading: 'Supabase `code` or error class',
    sources: [
      { table: SUPABASE_ERROR_CODES, write: (v) => `\`${v}\`` },
      { table: SUPABASE_LEGACY_MESSAGES, write: (v) => `message "${v}" (no \`code\`)`, separator: '|' },
    ],
  },
  firebase: { heading: 'Firebase `code`', sources: [{ table: FIREBASE_ERROR_CODES, write: (v) => `\`auth/${v}\`` }] },
  cognito: {
    heading: 'Cognito / Amplify `name`, or `nextStep.signInStep`',
    sources: [
      { table: COGNITO_NOT_AUTHORIZED_MESSAGES, write: (v) => `\`NotAuthorizedException\` "${v}"`, separator: '|' },
      { table: COGNITO_ERROR_CODES, write: (v) => `\`${v}\`` },
    ],
  },
};

const ORDER = [...AUTH_ERROR_CODES, 'aborted'];

/** One row per catalogue code (catalogue order), listing every provider value that becomes it. */
function mappingTable(provider: string): string {
  const { heading, sources } = PROVIDERS[provider]!;
  const rows = ORDER.flatMap((code) => {
    const values = sources.flatMap(({ table, write, separator, sorted }) => {
      const entries = entriesOf(table, code, separator);
      // By the letters of the value, wherever its `*` is; an HTTP status last.
      if (sorted) entries.sort((a, b) => Number(/^\d/.test(a)) - Number(/^\d/.test(b)) || a.replace('*', '').localeCompare(b.replace('*', '')));
      return entries.map(write);
    });
    if (values.length === 0) return [];
    const label = code === 'aborted' ? '`aborted` (nothing shown)' : `\`${code}\``;
    return [`| ${label} | ${values.join(', ')} |`];
  });
  return [`| Becomes | ${heading} |`, '| --- | --- |', ...rows].join('\n');
}

const markers = (provider: string) => ({
  start: `<!-- adapter-table:${provider}:start (generated from src/adapters/${provider}: npm run docs:readme) -->`,
  end: `<!-- adapter-table:${provider}:end -->`,
});

function section(readme: string, provider: string): string | undefined {
  const { start, end } = markers(provider);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  return from === -1 || to < from ? undefined : readme.slice(from + start.length, to).trim();
}

describe('README.md adapter tables', () => {
  const providers = Object.keys(PROVIDERS);

  if (process.env.UPDATE_README) {
    it('should be rewritten with each adapter table generated from the code', () => {
      let readme = readFileSync(README, 'utf8');
      for (const provider of providers) {
        const { start, end } = markers(provider);
        const from = readme.indexOf(start);
        const to = readme.indexOf(end);
        expect(from, `README.md needs the markers ${start} … ${end}`).toBeGreaterThan(-1);
        expect(to).toBeGreaterThan(from);
        readme = `${readme.slice(0, from + start.length)}\n\n${mappingTable(provider)}\n\n${readme.slice(to)}`;
      }
      writeFileSync(README, readme);
    });
    return;
  }

  it.each(providers)('should contain the %s table generated from the code (run npm run docs:readme to update it)', (provider) => {
    expect(section(readFileSync(README, 'utf8'), provider)).toBe(mappingTable(provider));
  });
});
