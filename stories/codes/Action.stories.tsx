// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/Custom Actions', tags: ['code'], ...familyMeta('action') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const StepBlocked: Story = { name: 'step_blocked', ...codeStory('step_blocked') };
export const StepTimeout: Story = { name: 'step_timeout', ...codeStory('step_timeout') };
export const StepError: Story = { name: 'step_error', ...codeStory('step_error') };
