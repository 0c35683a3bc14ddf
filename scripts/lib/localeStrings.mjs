import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every string in a shipped language's bundle (`locales/<lng>/auth-errors.json`), in file order. */
export function localeStrings(root, lng) {
  const found = [];
  (function walk(value) {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  })(JSON.parse(readFileSync(join(root, 'locales', lng, 'auth-errors.json'), 'utf8')));
  return found;
}
