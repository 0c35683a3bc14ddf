import { AUTH_ERROR_CODES, getFamily, type AuthErrorCode, type AuthErrorFamily } from '../../src';

/*
 * Storybook indexes stories from static named exports, so each family gets a generated file
 * (stories/codes/<File>.stories.tsx) with one export per code. `npm run stories:codes` writes them
 * from the catalogue; test/stories/codeStories.test.ts fails when a code has no story.
 */

/** The file and sidebar title of each family, in catalogue order. */
export const FAMILY_FILES: Readonly<Record<AuthErrorFamily, { file: string; title: string }>> = {
  sign_in: { file: 'SignIn', title: 'Sign-in' },
  oauth: { file: 'OAuth', title: 'OAuth' },
  session: { file: 'Session', title: 'Session' },
  mfa: { file: 'Mfa', title: 'MFA' },
  platform: { file: 'Platform', title: 'Network and platform' },
  resource: { file: 'Resource', title: 'API resource' },
  webhook: { file: 'Webhook', title: 'Webhook delivery' },
  action: { file: 'Action', title: 'Custom Actions' },
};

/** `invalid_credentials` → `InvalidCredentials`, `receiver_5xx` → `Receiver5xx`. */
export function exportNameOf(code: string): string {
  return code
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The codes of a family, in catalogue order. */
export function codesOf(family: AuthErrorFamily): AuthErrorCode[] {
  return AUTH_ERROR_CODES.filter((code) => getFamily(code) === family);
}

/** The generated story file of a family. */
export function familyStoryFile(family: AuthErrorFamily): string {
  const { title } = FAMILY_FILES[family];
  const stories = codesOf(family).map(
    (code) => `export const ${exportNameOf(code)}: Story = { name: '${code}', ...codeStory('${code}') };\n`,
  );
  return `// Generated from the catalogue by \`npm run stories:codes\` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/${title}', tags: ['code'], ...familyMeta('${family}') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

${stories.join('')}`;
}
