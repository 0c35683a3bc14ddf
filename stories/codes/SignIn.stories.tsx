// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/Sign-in', tags: ['code'], ...familyMeta('sign_in') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const InvalidCredentials: Story = { name: 'invalid_credentials', ...codeStory('invalid_credentials') };
export const AccountDisabled: Story = { name: 'account_disabled', ...codeStory('account_disabled') };
export const AccountLocked: Story = { name: 'account_locked', ...codeStory('account_locked') };
export const EmailUnverified: Story = { name: 'email_unverified', ...codeStory('email_unverified') };
export const PasswordMustBeReset: Story = { name: 'password_must_be_reset', ...codeStory('password_must_be_reset') };
export const MfaRequired: Story = { name: 'mfa_required', ...codeStory('mfa_required') };
export const MfaEnrolmentRequired: Story = { name: 'mfa_enrolment_required', ...codeStory('mfa_enrolment_required') };
export const StepUpRequired: Story = { name: 'step_up_required', ...codeStory('step_up_required') };
export const CaptchaRequired: Story = { name: 'captcha_required', ...codeStory('captcha_required') };
