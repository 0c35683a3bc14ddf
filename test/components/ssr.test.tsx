// @vitest-environment node
import { renderToString } from 'react-dom/server';
import en from '../../locales/en/auth-errors.json';

describe('server rendering without a DOM', () => {
  it('should import the kit and render copy where there is no window or document', async () => {
    expect(typeof window).toBe('undefined');
    const { AuthErrorBoundary, AuthErrorProvider } = await import('../../src');
    const html = renderToString(
      <AuthErrorProvider supportHref="/help">
        <AuthErrorBoundary error={{ code: 'account_disabled' }}>
          <form />
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    expect(html).toContain(en.codes.account_disabled);
    expect(html).toContain('href="/help"');
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('<form');
  });

  it('should render a countdown without timers running on the server', async () => {
    const { AuthErrorBoundary } = await import('../../src');
    const html = renderToString(<AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 5 } }} onRetry={() => {}} />);
    expect(html).toContain('Retrying in 5 seconds');
  });
});
