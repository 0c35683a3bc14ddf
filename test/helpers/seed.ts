import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The platform's catalogue document, read from `../shared/seed/` beside the repository, when present. */
export interface SeedCatalogue {
  /** code → family, in document order. */
  families: Map<string, string>;
  /** code → the quoted user-facing copy, for codes that have one. */
  copy: Map<string, string>;
}

const FAMILY_ORDER = ['sign_in', 'oauth', 'session', 'mfa', 'platform', 'resource'];

export function findSeed(): string | undefined {
  const dir = resolve(__dirname, '../../../shared/seed');
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((name) => name.endsWith('.txt'));
  return file ? readFileSync(resolve(dir, file), 'utf8') : undefined;
}

export function parseSeed(text: string): SeedCatalogue {
  const families = new Map<string, string>();
  const copy = new Map<string, string>();
  let userTable = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('Code User-facing copy Programmatic')) {
      const family = FAMILY_ORDER[userTable++] ?? 'extra';
      // A code is a lower-case token after whitespace, followed by its "Copy" or a (note).
      for (const m of line.matchAll(/(?:^|\s)([a-z][a-z0-9_]*)(?:"([A-Z][^"]*)"|\(([^)]*)\))/g)) {
        families.set(m[1]!, family);
        if (m[2] !== undefined) copy.set(m[1]!, m[2]);
      }
    } else if (line.startsWith('Platform-side observation Meaning') || line.startsWith('Code When')) {
      const family = line.startsWith('Code When') ? 'action' : 'webhook';
      for (const m of line.matchAll(/(?:^|\s)([a-z][a-z0-9_]*)(?=[A-Z])/g)) families.set(m[1]!, family);
    }
  }
  return { families, copy };
}
