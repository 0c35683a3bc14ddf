import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AuthErrorBoundary, FieldError, useFieldError } from '../../src';
import { copyOf, toLocale } from '../support/locales';
import { Card } from '../support/screens';

const LABELS: Record<string, string> = { email: 'Email', password: 'Password', display_name: 'Display name' };

const VALIDATION_FAILED = {
  code: 'validation_failed',
  details: {
    fields: {
      email: 'Enter an email address like name@example.com.',
      password: ['Use at least 12 characters.', 'Add a number or a symbol.'],
      display_name: '',
    },
  },
};

function Input({ name }: { name: string }) {
  const { inputProps } = useFieldError(name);
  return <input id={name} name={name} {...inputProps} />;
}

const meta = {
  title: 'Components/FieldError',
  component: FieldError,
  tags: ['autodocs'],
  args: { name: 'email' },
  argTypes: { name: { control: 'select', options: Object.keys(LABELS) } },
  parameters: {
    docs: {
      description: {
        component:
          'A field’s message from the nearest boundary’s validation_failed error (server text, rendered as text); nothing when the field has none. `useFieldError(name).inputProps` ties the input to it (`aria-invalid`, `aria-describedby`).',
      },
    },
  },
  render: (args) => (
    <Card title="Create your Acme account">
      <AuthErrorBoundary error={VALIDATION_FAILED}>
        <div className="demo-field" lang="en">
          <label htmlFor={args.name}>{LABELS[args.name] ?? args.name}</label>
          <Input name={args.name} />
          <FieldError {...args} />
        </div>
      </AuthErrorBoundary>
    </Card>
  ),
} satisfies Meta<typeof FieldError>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UnderAnInput: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Email');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    await expect(canvasElement.querySelector('[data-auth-error-field="email"]')).toHaveAttribute('id', input.getAttribute('aria-describedby'));
  },
};

/** Several messages for one field are joined. */
export const SeveralMessages: Story = {
  args: { name: 'password' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Password')).toHaveAccessibleDescription(
      'Use at least 12 characters. Add a number or a symbol.',
    );
  },
};

/** The server named the field but sent no message: "Check this field." in the user's language. */
export const NoMessageFromTheServer: Story = {
  args: { name: 'display_name' },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByLabelText('Display name')).toHaveAccessibleDescription(
      copyOf(toLocale(globals.locale), 'fields.invalid'),
    );
  },
};
