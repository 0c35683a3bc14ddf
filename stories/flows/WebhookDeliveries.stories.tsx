import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { isAuthErrorCode } from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import { copyOf, messageOf, toLocale } from '../support/locales';
import { platformHandlers, WEBHOOK_DELIVERIES, type WebhookDelivery } from '../support/platform';
import { Card } from '../support/screens';

interface FeedArgs {
  /** Where the troubleshooting topics live (`DeliveryStatus`'s `topicBaseUrl`). */
  topicBaseUrl: string;
}

/** An admin console page: a subscription's recent deliveries, failures explained with `<DeliveryStatus>`. */
function DeliveryFeed({ topicBaseUrl }: FeedArgs) {
  const [deliveries, setDeliveries] = useState<readonly WebhookDelivery[] | null>(null);
  useEffect(() => {
    void fetch('/api/webhooks/deliveries')
      .then((res) => res.json() as Promise<WebhookDelivery[]>)
      .then(setDeliveries);
  }, []);
  return (
    <Card title="Webhook deliveries" wide>
      <p lang="en" className="demo-muted">
        Subscription <span className="demo-code">whsub_acme_prod</span> · last 24 hours
      </p>
      {deliveries === null ? (
        <p lang="en" role="status">
          Loading deliveries…
        </p>
      ) : (
        <table className="demo-table">
          <caption lang="en" className="demo-muted">
            Recent deliveries, newest last
          </caption>
          <thead lang="en">
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Attempts</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} data-delivery={delivery.id}>
                <td className="demo-code">{delivery.event}</td>
                <td className="demo-code">{delivery.endpoint}</td>
                <td>{delivery.attempts}</td>
                <td>
                  {delivery.error_code === null ? (
                    <span lang="en" className="demo-success">
                      Delivered
                    </span>
                  ) : (
                    <DeliveryStatus code={delivery.error_code} topicBaseUrl={topicBaseUrl} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

const meta = {
  title: 'Flows/Webhook deliveries (admin)',
  component: DeliveryFeed,
  args: { topicBaseUrl: 'https://docs.intelliauth.com/troubleshooting/' },
  parameters: {
    msw: { handlers: platformHandlers },
    docs: {
      description: {
        component:
          'Webhook delivery codes appear in a subscription’s delivery feed, for tenant admins. `<DeliveryStatus>` explains each one and links to the webhook-delivery-failures topic; a code the kit does not know yet gets generic copy and no link.',
      },
    },
  },
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Feed: Story = {
  name: 'Delivery feed',
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(WEBHOOK_DELIVERIES.length + 1));
    for (const delivery of WEBHOOK_DELIVERIES) {
      const row = canvasElement.querySelector<HTMLElement>(`[data-delivery="${delivery.id}"]`) as HTMLElement;
      const code = delivery.error_code;
      if (code === null) {
        await expect(row).toHaveTextContent('Delivered');
        continue;
      }
      const status = row.querySelector<HTMLElement>('[data-auth-error-code]') as HTMLElement;
      if (isAuthErrorCode(code)) {
        await expect(status).toHaveAttribute('data-auth-error-outcome', 'delivery');
        await expect(status).toHaveTextContent(messageOf(locale, code));
        await expect(within(status).getByRole('link', { name: copyOf(locale, 'actions.troubleshoot') })).toHaveAttribute(
          'href',
          `${args.topicBaseUrl}webhook-delivery-failures`,
        );
      } else {
        await expect(status).toHaveAttribute('data-auth-error-outcome', 'generic');
        await expect(status).toHaveTextContent(copyOf(locale, 'generic'));
        await expect(within(status).queryByRole('link')).toBeNull();
      }
      await expect(status).toHaveAttribute('lang', locale);
    }
  },
};
