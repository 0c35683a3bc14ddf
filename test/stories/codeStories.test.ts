import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTH_ERROR_CODES, getFamily, type AuthErrorFamily } from '../../src';
import { FAMILY_FILES, exportNameOf, familyStoryFile } from '../../stories/support/codeStoryFiles';

// Storybook needs static exports, so the per-family story files are generated from the catalogue.
// UPDATE_STORIES=1 (npm run stories:codes) writes them; otherwise this fails when they are stale,
// which is how a new catalogue code without a story is caught.
const update = process.env.UPDATE_STORIES === '1';
const families = Object.keys(FAMILY_FILES) as AuthErrorFamily[];
const pathOf = (family: AuthErrorFamily) => resolve(__dirname, '../../stories/codes', `${FAMILY_FILES[family].file}.stories.tsx`);
const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

describe('code stories', () => {
  it.each(families)('should have an up-to-date generated story file for the %s family', (family) => {
    const expected = familyStoryFile(family);
    if (update) writeFileSync(pathOf(family), expected);
    expect(read(pathOf(family)), 'run `npm run stories:codes` to regenerate stories/codes/').toBe(expected);
  });

  it('should export exactly one story per catalogue code, in its family file', () => {
    const exported = new Map<string, AuthErrorFamily>();
    for (const family of families) {
      for (const match of read(pathOf(family)).matchAll(/^export const (\w+): Story = \{ name: '(\w+)'/gm)) {
        expect(exported.has(match[2] as string), `${match[2]} has two stories`).toBe(false);
        expect(match[1]).toBe(exportNameOf(match[2] as string));
        exported.set(match[2] as string, family);
      }
    }
    expect([...exported.keys()].sort()).toEqual([...AUTH_ERROR_CODES].sort());
    for (const code of AUTH_ERROR_CODES) expect(exported.get(code), code).toBe(getFamily(code));
  });
});
