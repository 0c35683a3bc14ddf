import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { AuthErrorToaster } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { readmeExamples, runExample, typeErrors } from '../helpers/readmeExamples';
import { toasts } from '../helpers/toasts';

const examples = readmeExamples('Toasts');

describe('README: Toasts', () => {
  beforeEach(() => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  // A TypeScript program of its own: slow to build.
  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples).toHaveLength(2);
    expect(typeErrors(examples)).toEqual([]);
  });

  it("should show a boundary's network error as a toast that retries with the boundary's onRetry", () => {
    vi.useFakeTimers();
    const { App } = runExample(examples[0] as string) as { App: ComponentType<{ loadError: unknown; reload: () => void }> };
    const reload = vi.fn();
    render(<App loadError={{ code: 'service_unavailable' }} reload={reload} />);
    const [toast] = toasts();
    expect(toast).toHaveTextContent(en.codes.service_unavailable);
    expect(within(toast as HTMLElement).getByRole('link', { name: en.actions.checkStatus })).toHaveAttribute('href', 'https://status.example.com/');
    expect(screen.getByRole('main')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(500));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('should toast a failed save and take the toast away once a retry works', async () => {
    const { SaveButton } = runExample(examples[1] as string) as { SaveButton: ComponentType<{ draft: string }> };
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(Response.json({ error: { code: 'server_error' } }, { status: 500 }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    render(
      <>
        <SaveButton draft="Ada" />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const toast = await screen.findByText(en.codes.server_error);
    fireEvent.click(within(toast.closest('li') as HTMLElement).getByRole('button', { name: en.actions.tryNow }));
    await waitFor(() => expect(toasts()).toHaveLength(0));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
