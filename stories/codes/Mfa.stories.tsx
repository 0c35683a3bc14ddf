// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/MFA', tags: ['code'], ...familyMeta('mfa') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const TotpInvalid: Story = { name: 'totp_invalid', ...codeStory('totp_invalid') };
export const WebauthnFailed: Story = { name: 'webauthn_failed', ...codeStory('webauthn_failed') };
export const SmsSendFailed: Story = { name: 'sms_send_failed', ...codeStory('sms_send_failed') };
export const SmsRateLimited: Story = { name: 'sms_rate_limited', ...codeStory('sms_rate_limited') };
export const BackupCodeInvalid: Story = { name: 'backup_code_invalid', ...codeStory('backup_code_invalid') };
export const FlowExpired: Story = { name: 'flow_expired', ...codeStory('flow_expired') };
export const FlowInvalid: Story = { name: 'flow_invalid', ...codeStory('flow_invalid') };
