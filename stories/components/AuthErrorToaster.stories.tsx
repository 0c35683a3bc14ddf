import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import { copyOf, toLocale } from '../support/locales';
import { Card } from '../support/screens';

function ShowToast() {
  const { toastAuthError } = useAuthErrorToast();
  return (
    <Card title="Toasts">
      <div className="demo-actions" lang="en">
        <button className="demo-button" type="button" onClick={() => toastAuthError({ code: 'service_unavailable' })}>
          Show service_unavailable
        </button>
        <button
          className="demo-button"
          data-variant="quiet"
          type="button"
          onClick={() => toastAuthError({ code: 'sms_rate_limited', details: { retry_after_s: 45 } })}
        >
          Show sms_rate_limited
        </button>
      </div>
    </Card>
  );
}

const meta = {
  title: 'Components/AuthErrorToaster',
  component: AuthErrorToaster,
  tags: ['autodocs'],
  args: { position: 'bottom-end' },
  argTypes: {
    position: { control: 'select', options: ['top-start', 'top-center', 'top-end', 'bottom-start', 'bottom-center', 'bottom-end'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'From `@intelliauth/react-auth-errors/toast`. Mount it once under the provider: it shows the errors given to `useAuthErrorToast().toastAuthError`, and the transient errors of boundaries under the same provider. One toast per code, with the same behaviour as the inline outcomes. See Flows/Toasts for a real page.',
      },
    },
  },
  render: (args) => (
    <>
      <ShowToast />
      <AuthErrorToaster {...args} />
    </>
  ),
} satisfies Meta<typeof AuthErrorToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Toaster: Story = {
  play: async ({ canvasElement, globals, userEvent }) => {
    const locale = toLocale(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show service_unavailable' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Show sms_rate_limited' }));
    const viewport = canvasElement.querySelector<HTMLElement>('.iae-viewport') as HTMLElement;
    await waitFor(() => expect(viewport.querySelectorAll('[data-auth-error-code]')).toHaveLength(2));
    await expect(viewport).toHaveAttribute('data-position', 'bottom-end');
    await expect(viewport).toHaveTextContent(copyOf(locale, 'codes.service_unavailable'));
    await expect(viewport).toHaveTextContent(copyOf(locale, 'codes.sms_rate_limited'));
    // The same code again updates its toast instead of adding one.
    await userEvent.click(canvas.getByRole('button', { name: 'Show service_unavailable' }));
    await expect(viewport.querySelectorAll('[data-auth-error-code]')).toHaveLength(2);
  },
};
