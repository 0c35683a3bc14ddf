import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { readmeExamples, runExample, typeErrors } from '../helpers/readmeExamples';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

const VALIDATION_FAILED = { error: { code: 'validation_failed', details: { fields: { email: 'Enter a valid email address.', password: 'Use at least 8 characters.' } } } };

describe('README: TanStack Query', () => {
  const examples = readmeExamples('### TanStack Query');

  function renderProfilePage(refreshToken: () => Promise<void> = () => Promise.resolve()) {
    const { Providers } = runExample(examples[0] as string) as { Providers: ComponentType<{ refreshToken: () => Promise<void>; children: ReactNode }> };
    const { ProfilePage } = runExample(examples[1] as string) as { ProfilePage: ComponentType };
    return render(
      <Providers refreshToken={refreshToken}>
        <ProfilePage />
      </Providers>,
    );
  }

  // A TypeScript program of its own: slow to build.
  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples).toHaveLength(2);
    expect(typeErrors(examples)).toEqual([]);
  });

  it('should refresh the token after a 401 invalid_token, run the query again and show the profile', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }))
      .mockResolvedValueOnce(Response.json({ name: 'Ada Lovelace' }));
    const refreshToken = vi.fn(() => Promise.resolve());
    renderProfilePage(refreshToken);
    expect(await screen.findByText('Signed in as Ada Lovelace')).toBeInTheDocument();
    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should retry a dropped connection and show the profile', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(Response.json({ name: 'Ada Lovelace' }));
    renderProfilePage();
    expect(await screen.findByText('Signed in as Ada Lovelace')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should replace the page with a sign-in link once the session has ended', async () => {
    allowConsole('error');
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 401 }));
    renderProfilePage();
    expect(await screen.findByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByText('Loading your profile…')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('README: react-hook-form', () => {
  const examples = readmeExamples('### react-hook-form');

  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples).toHaveLength(2);
    expect(typeErrors(examples)).toEqual([]);
  });

  it("should put the server's field messages on the form and the summary, and take a line out as its field is edited", async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(Response.json(VALIDATION_FAILED, { status: 422 }))
      .mockResolvedValueOnce(new Response(null, { status: 201 }));
    const { SignUp } = runExample(examples[0] as string) as { SignUp: ComponentType<{ onSignedUp: () => void }> };
    const onSignedUp = vi.fn();
    render(<SignUp onSignedUp={onSignedUp} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await settle();
    // Once on the form (react-hook-form's error), once in the kit's summary.
    expect(screen.getAllByText('Enter a valid email address.')).toHaveLength(2);
    expect(screen.getAllByText('Use at least 8 characters.')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
    await settle();
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
    expect(screen.getAllByText('Use at least 8 characters.')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'analytical engine 1' } });
    await settle();
    expect(screen.queryByText(en.titles.field_errors)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await settle();
    expect(onSignedUp).toHaveBeenCalledTimes(1);
  });

  it('should put the field messages on a form without a boundary, focusing the field', async () => {
    const { NewsletterForm } = runExample(examples[1] as string) as { NewsletterForm: ComponentType<{ subscribe: (email: string) => Promise<void> }> };
    const subscribe = vi.fn(() => Promise.reject({ code: 'validation_failed', details: { fields: { email: 'Enter a valid email address.' } } }));
    render(<NewsletterForm subscribe={subscribe} />);
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await settle();
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });
});
