import { AUTH_ERROR_CODES } from '../../src';
import { AUTH0_ERROR_CODES, AUTH0_INVALID_GRANT_DESCRIPTIONS, AUTH0_NETWORK_MESSAGES } from '../../src/adapters/auth0/AUTH0_ERROR_CODES';
import { CLERK_ERROR_CODES } from '../../src/adapters/clerk/CLERK_ERROR_CODES';
import { COGNITO_ERROR_CODES, COGNITO_NOT_AUTHORIZED_MESSAGES } from '../../src/adapters/cognito/COGNITO_ERROR_CODES';
import { FIREBASE_ERROR_CODES } from '../../src/adapters/firebase/FIREBASE_ERROR_CODES';
import { SUPABASE_ERROR_CODES, SUPABASE_LEGACY_MESSAGES } from '../../src/adapters/supabase/SUPABASE_ERROR_CODES';

// What the compiler checks for a table written as an array (`satisfies CodeTable`), checked here for
// every table, Clerk's too, which is one string split into lines (see CodeTable).
const TABLES: [string, readonly string[], string][] = [
  ['AUTH0_ERROR_CODES', AUTH0_ERROR_CODES, ' '],
  ['AUTH0_INVALID_GRANT_DESCRIPTIONS', AUTH0_INVALID_GRANT_DESCRIPTIONS, '|'],
  ['AUTH0_NETWORK_MESSAGES', AUTH0_NETWORK_MESSAGES, '|'],
  ['CLERK_ERROR_CODES', CLERK_ERROR_CODES, ' '],
  ['COGNITO_ERROR_CODES', COGNITO_ERROR_CODES, ' '],
  ['COGNITO_NOT_AUTHORIZED_MESSAGES', COGNITO_NOT_AUTHORIZED_MESSAGES, '|'],
  ['FIREBASE_ERROR_CODES', FIREBASE_ERROR_CODES, ' '],
  ['SUPABASE_ERROR_CODES', SUPABASE_ERROR_CODES, ' '],
  ['SUPABASE_LEGACY_MESSAGES', SUPABASE_LEGACY_MESSAGES, '|'],
];

const CODES: readonly string[] = [...AUTH_ERROR_CODES, 'aborted'];

describe.each(TABLES)('%s', (_name, table, separator) => {
  it('should start every line with a catalogue code (or aborted), then at least one value', () => {
    for (const line of table) {
      const [code, ...values] = line.split(separator);

      expect(CODES, line).toContain(code);
      expect(values.length, line).toBeGreaterThan(0);
      expect(values, line).not.toContain('');
    }
  });

  it('should name each value once: a value in two lines would leave its code to their order', () => {
    const values = table.flatMap((line) => line.split(separator).slice(1));

    expect(values.filter((value, index) => values.indexOf(value) !== index)).toEqual([]);
  });
});
