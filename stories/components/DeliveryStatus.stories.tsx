import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AUTH_ERROR_CODES, getFamily } from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import { copyOf, messageOf, toLocale } from '../support/locales';
import { Card } from '../support/screens';

const meta = {
  title: 'Components/DeliveryStatus',
  component: DeliveryStatus,
  tags: ['autodocs'],
  args: { code: 'receiver_timeout' },
  argTypes: {
    code: { control: 'select', options: [...AUTH_ERROR_CODES.filter((code) => getFamily(code) === 'webhook'), 'receiver_dns_failed'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'For admin consoles: what a webhook delivery code means, and a link to the webhook-delivery-failures troubleshooting topic. A code that is not a delivery code gets generic copy and no link.',
      },
    },
  },
  render: (args) => (
    <Card title="Delivery dlv_04">
      <DeliveryStatus {...args} />
    </Card>
  ),
} satisfies Meta<typeof DeliveryStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReceiverTimeout: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = toLocale(globals.locale);
    const root = canvasElement.querySelector<HTMLElement>('[data-auth-error-code="receiver_timeout"]') as HTMLElement;
    await expect(root).toHaveAttribute('data-auth-error-outcome', 'delivery');
    await expect(root).toHaveTextContent(messageOf(locale, 'receiver_timeout'));
    await expect(within(root).getByRole('link', { name: copyOf(locale, 'actions.troubleshoot') })).toHaveAttribute(
      'href',
      'https://docs.intelliauth.com/troubleshooting/webhook-delivery-failures',
    );
  },
};

/** `topicBaseUrl` points the link at the app's own runbooks. */
export const OwnTopicBase: Story = {
  args: { code: 'dlq_max_attempts', topicBaseUrl: 'https://wiki.acme.dev/runbooks/intelliauth' },
  play: async ({ canvasElement, globals }) => {
    const locale = toLocale(globals.locale);
    await expect(within(canvasElement).getByRole('link', { name: copyOf(locale, 'actions.troubleshoot') })).toHaveAttribute(
      'href',
      'https://wiki.acme.dev/runbooks/intelliauth/webhook-delivery-failures',
    );
  },
};

/** A code this version of the kit does not know: generic copy, no link. */
export const UnknownCode: Story = {
  args: { code: 'receiver_dns_failed' },
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-auth-error-code]') as HTMLElement;
    await expect(root).toHaveAttribute('data-auth-error-outcome', 'generic');
    await expect(root).toHaveTextContent(copyOf(toLocale(globals.locale), 'generic'));
    await expect(within(root).queryByRole('link')).toBeNull();
  },
};
