// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/Webhook delivery', tags: ['code'], ...familyMeta('webhook') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const Receiver5xx: Story = { name: 'receiver_5xx', ...codeStory('receiver_5xx') };
export const Receiver4xx: Story = { name: 'receiver_4xx', ...codeStory('receiver_4xx') };
export const ReceiverTimeout: Story = { name: 'receiver_timeout', ...codeStory('receiver_timeout') };
export const ReceiverTlsFailed: Story = { name: 'receiver_tls_failed', ...codeStory('receiver_tls_failed') };
export const DlqMaxAttempts: Story = { name: 'dlq_max_attempts', ...codeStory('dlq_max_attempts') };
