// Generated from the catalogue by `npm run stories:codes` (stories/support/codeStoryFiles.ts): do not edit.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { codeStory, familyMeta, type CodeStoryArgs } from '../support/codeStories';

const meta = { title: 'Codes/Network and platform', tags: ['code'], ...familyMeta('platform') } satisfies Meta<CodeStoryArgs>;
export default meta;

type Story = StoryObj<CodeStoryArgs>;

export const NetworkError: Story = { name: 'network_error', ...codeStory('network_error') };
export const RateLimited: Story = { name: 'rate_limited', ...codeStory('rate_limited') };
export const ServerError: Story = { name: 'server_error', ...codeStory('server_error') };
export const ServiceUnavailable: Story = { name: 'service_unavailable', ...codeStory('service_unavailable') };
export const NotFound: Story = { name: 'not_found', ...codeStory('not_found') };
