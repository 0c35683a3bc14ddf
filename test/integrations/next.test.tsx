import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { AuthErrorProvider, toAuthError } from '../../src';
import { AuthErrorPage, NextAuthErrorProvider, throwAuthError } from '../../src/integrations/next';
import en from '../../locales/en/auth-errors.json';

/** What a server component that calls it throws. */
function thrown(error: unknown): Error & { digest: string } {
  try {
    throwAuthError(error);
  } catch (value) {
    return value as Error & { digest: string };
  }
  throw new Error('throwAuthError returned');
}

/**
 * What `error.tsx` receives in production for an error a server component threw: Next.js (React's
 * server renderer) replaces it with a generic error and keeps only its `digest`.
 */
const redacted = (error: Error & { digest?: string }) =>
  Object.assign(
    new Error(
      'An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details. A digest property is included on this error instance which may provide additional details about the nature of the error.',
    ),
    { digest: error.digest },
  );

const locked = { error: { code: 'account_locked', message: 'user 4711 locked after 5 attempts', details: { retry_after_s: 30 } } };

describe('throwAuthError (Next.js)', () => {
  it('should throw an Error whose digest alone gives the code, status and details back', () => {
    const error = thrown({ code: 'rate_limited', status: 429, details: { retry_after_s: 5, fields: { email: ['Required'] } } });
    expect(toAuthError({ digest: error.digest })).toEqual({
      code: 'rate_limited',
      status: 429,
      details: { retry_after_s: 5, fields: { email: ['Required'] } },
    });
  });

  it("should keep the server's text out of the digest", () => {
    const { digest } = thrown(locked);
    expect(digest).not.toContain('user 4711');
  });

  it('should name the code in its message and keep what was thrown as its cause, for the server logs', () => {
    const error = thrown(locked);
    expect(error.message).toBe('IntelliAuth error: account_locked');
    expect(error.cause).toBe(locked);
  });

  it('should throw a digest for junk too, read back as unknown', () => {
    for (const junk of [null, undefined, 42, 'oops', Symbol('x')]) {
      expect(toAuthError(redacted(thrown(junk))).code).toBe('unknown');
    }
  });
});

describe('AuthErrorPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should show the right copy and a countdown for an error Next.js redacted in production', () => {
    render(<AuthErrorPage error={redacted(thrown(locked))} reset={vi.fn()} retry={vi.fn()} />);
    expect(screen.getByText(en.codes.account_locked)).toBeInTheDocument();
    expect(screen.getByText('You can try again in 30 seconds.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('You can try again in 29 seconds.')).toBeInTheDocument();
    expect(screen.queryByText(en.generic)).toBeNull();
  });

  it('should render the same copy on the server (error.tsx is server-rendered first)', () => {
    const html = renderToString(<AuthErrorPage error={redacted(thrown(locked))} reset={() => {}} />);
    expect(html).toContain(en.codes.account_locked);
    expect(html).toContain('You can try again in 30 seconds.');
  });

  it("should show generic copy for an error with Next.js's own digest (not an auth error)", () => {
    render(<AuthErrorPage error={Object.assign(new Error('redacted'), { digest: '2871982741' })} reset={vi.fn()} />);
    expect(screen.getByText(en.generic)).toBeInTheDocument();
  });

  it("should call Next's retry (16.3 and later) on \"Try again\", not reset", () => {
    const reset = vi.fn();
    const retry = vi.fn();
    render(<AuthErrorPage error={redacted(thrown({ code: 'unknown' }))} reset={reset} retry={retry} />);
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(reset).not.toHaveBeenCalled();
  });

  it("should call Next 16.2's unstable_retry when there is no retry", () => {
    const unstableRetry = vi.fn();
    render(<AuthErrorPage error={redacted(thrown({ code: 'unknown' }))} reset={vi.fn()} unstable_retry={unstableRetry} />);
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(unstableRetry).toHaveBeenCalledTimes(1);
  });

  it('should call reset when Next.js gives neither', () => {
    const reset = vi.fn();
    render(<AuthErrorPage error={redacted(thrown({ code: 'unknown' }))} reset={reset} />);
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it("should call the app's own onRetry first, then retry", () => {
    const calls: string[] = [];
    render(
      <AuthErrorPage
        error={redacted(thrown({ code: 'unknown' }))}
        reset={vi.fn()}
        retry={() => calls.push('retry')}
        onRetry={(error) => calls.push(`onRetry ${error.code}`)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(calls).toEqual(['onRetry unknown', 'retry']);
  });

  it('should retry once the countdown ends', () => {
    const retry = vi.fn();
    render(<AuthErrorPage error={redacted(thrown({ code: 'account_locked', details: { retry_after_s: 2 } }))} reset={vi.fn()} retry={retry} />);
    act(() => vi.advanceTimersByTime(2000));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("should retry once the provider's token refresh succeeds (token_expired)", async () => {
    const retry = vi.fn();
    const onRefreshToken = vi.fn(async () => {});
    render(
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        <AuthErrorPage error={redacted(thrown({ code: 'token_expired', status: 401 }))} reset={vi.fn()} retry={retry} />
      </AuthErrorProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
  });

  it("should retry automatically after a rate limit's Retry-After", () => {
    const retry = vi.fn();
    render(<AuthErrorPage error={redacted(thrown({ code: 'rate_limited', details: { retry_after_s: 5 } }))} reset={vi.fn()} retry={retry} />);
    expect(screen.getByText('Retrying in 5 seconds…')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(4999));
    expect(retry).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

describe('NextAuthErrorProvider', () => {
  it("should give error pages the server layout's sign-in link", () => {
    render(
      <NextAuthErrorProvider signInHref="/sign-in" supportHref="/help">
        <AuthErrorPage error={redacted(thrown({ code: 'session_expired' }))} reset={vi.fn()} />
      </NextAuthErrorProvider>,
    );
    expect(screen.getByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/sign-in');
  });

  it("should give error pages the server layout's language", async () => {
    render(
      <NextAuthErrorProvider lng="de">
        <AuthErrorPage error={redacted(thrown({ code: 'not_found' }))} reset={vi.fn()} />
      </NextAuthErrorProvider>,
    );
    const de = (await import('../../locales/de/auth-errors.json')).default;
    expect(await screen.findByText(de.codes.not_found)).toBeInTheDocument();
  });
});
