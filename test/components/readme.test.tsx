import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import en from '../../locales/en/auth-errors.json';
import { readmeExamples, runExample, typeErrors } from '../helpers/readmeExamples';

const examples = readmeExamples('React quick start');
const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('README: React quick start', () => {
  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(typeErrors(examples)).toEqual([]);
  });

  function setup(...responses: (() => Promise<Response>)[]) {
    const fetchMock = vi.fn(async () => {
      const next = responses.shift();
      return next ? next() : json({}, 200);
    });
    vi.stubGlobal('fetch', fetchMock);
    const onSignedIn = vi.fn();
    const { SignIn } = runExample(examples[0] as string) as { SignIn: ComponentType<{ onSignedIn: () => void }> };
    render(<SignIn onSignedIn={onSignedIn} />);
    const submit = async () => {
      fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
      await act(async () => fireEvent.submit(screen.getByRole('button', { name: 'Sign in' }).closest('form') as HTMLFormElement));
    };
    return { fetchMock, onSignedIn, submit };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should show the form error above the form and keep what was typed', async () => {
    const { submit } = setup(async () => json({ error: { code: 'invalid_credentials' } }, 401));
    await submit();
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
  });

  it('should send the request again when the automatic retry comes due, and sign in', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { fetchMock, onSignedIn, submit } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    await submit();
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 1 second…');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls[1]).toEqual(fetchMock.mock.calls[0]);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('should send the sign-in again once the MFA step is done', async () => {
    const { fetchMock, onSignedIn, submit } = setup(async () => json({ error: { code: 'mfa_required' } }, 401));
    await submit();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'I approved the sign-in on my phone' })));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });
});
