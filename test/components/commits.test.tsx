import { render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { AuthErrorBoundary } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

/** Renders `ui` under a Profiler and returns the phases of the commits it saw. */
function commitsOf(ui: ReactNode) {
  const phases: string[] = [];
  const wrap = (node: ReactNode) => (
    <Profiler id="boundary" onRender={(_id, phase) => phases.push(phase)}>
      {node}
    </Profiler>
  );
  const view = render(wrap(ui));
  return { phases, rerender: (next: ReactNode) => view.rerender(wrap(next)) };
}

function Throws(): ReactNode {
  throw { code: 'invalid_credentials' };
}

describe('AuthErrorBoundary: an error drawn once', () => {
  it('should draw a thrown error in the commit that catches it, with no second pass', () => {
    // React reports the caught error.
    allowConsole('error');
    const { phases } = commitsOf(
      <AuthErrorBoundary>
        <Throws />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(phases).toEqual(['mount']);
  });

  it('should draw an error given as a value in one commit', () => {
    const { phases, rerender } = commitsOf(
      <AuthErrorBoundary error={null}>
        <p>form</p>
      </AuthErrorBoundary>,
    );
    phases.length = 0;
    rerender(
      <AuthErrorBoundary error={{ code: 'invalid_credentials' }}>
        <p>form</p>
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(phases).toEqual(['update']);
  });
});
