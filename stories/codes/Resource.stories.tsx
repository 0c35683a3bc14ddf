// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/API resource', tags: ['code'], ...familyMeta('resource') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const PermissionDenied: Story = { name: 'permission_denied', ...codeStory('permission_denied') };
export const ValidationFailed: Story = { name: 'validation_failed', ...codeStory('validation_failed') };
export const Conflict: Story = { name: 'conflict', ...codeStory('conflict') };
export const PreconditionFailed: Story = { name: 'precondition_failed', ...codeStory('precondition_failed') };
