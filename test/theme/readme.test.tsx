import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { darkTheme } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { readmeExamples, runExample, typeErrors } from '../helpers/readmeExamples';

const examples = readmeExamples('Theming');
const rootOf = (code: string) => document.querySelector(`[data-auth-error-code="${code}"]`) as HTMLElement;

describe('README: Theming', () => {
  // A TypeScript program of its own: slow to build.
  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples).toHaveLength(2);
    expect(typeErrors(examples)).toEqual([]);
  });

  it('should theme the app with the brand, and one boundary with the dark preset over it', () => {
    const { Account } = runExample(examples[0] as string) as { Account: ComponentType<{ formError: unknown; sessionError: unknown }> };
    render(<Account formError={{ code: 'invalid_credentials' }} sessionError={{ code: 'session_expired' }} />);
    const form = rootOf('invalid_credentials');
    expect(form.style.getPropertyValue('--iae-color-danger')).toBe('#a4262c');
    expect(form.style.getPropertyValue('--iae-radius')).toBe('4px');
    const session = rootOf('session_expired');
    expect(session).toHaveAttribute('data-color-scheme', 'dark');
    expect(session.style.getPropertyValue('--iae-color-danger')).toBe(darkTheme.colors.danger);
    expect(session.style.getPropertyValue('--iae-radius')).toBe('4px');
    expect(session.style.getPropertyValue('--iae-font-family')).toBe('Inter, system-ui, sans-serif');
  });

  it("should draw with the app's classes only", () => {
    const { CheckoutErrors } = runExample(examples[1] as string) as { CheckoutErrors: ComponentType<{ error: unknown }> };
    render(<CheckoutErrors error={{ code: 'account_disabled' }} />);
    const root = rootOf('account_disabled');
    expect(root.className).toBe('my-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900 checkout-error');
    expect(screen.getByRole('heading', { name: en.titles.blocked }).className).toBe('font-semibold');
    expect(root.querySelectorAll('[class*="iae-"]')).toHaveLength(0);
  });
});
