// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/OAuth', tags: ['code'], ...familyMeta('oauth') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const InvalidRedirectUri: Story = { name: 'invalid_redirect_uri', ...codeStory('invalid_redirect_uri') };
export const InvalidClient: Story = { name: 'invalid_client', ...codeStory('invalid_client') };
export const InvalidGrant: Story = { name: 'invalid_grant', ...codeStory('invalid_grant') };
export const InvalidScope: Story = { name: 'invalid_scope', ...codeStory('invalid_scope') };
export const UnauthorizedClient: Story = { name: 'unauthorized_client', ...codeStory('unauthorized_client') };
export const ConsentRequired: Story = { name: 'consent_required', ...codeStory('consent_required') };
export const StateMismatch: Story = { name: 'state_mismatch', ...codeStory('state_mismatch') };
export const PkceRequired: Story = { name: 'pkce_required', ...codeStory('pkce_required') };
