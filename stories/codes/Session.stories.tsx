// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/Session', tags: ['code'], ...familyMeta('session') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const TokenExpired: Story = { name: 'token_expired', ...codeStory('token_expired') };
export const SessionExpired: Story = { name: 'session_expired', ...codeStory('session_expired') };
export const SessionRevoked: Story = { name: 'session_revoked', ...codeStory('session_revoked') };
export const SilentAuthFailed: Story = { name: 'silent_auth_failed', ...codeStory('silent_auth_failed') };
