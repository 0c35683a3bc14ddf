import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AuthErrorProvider } from '../../src';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import de from '../../locales/de/auth-errors.json';
import en from '../../locales/en/auth-errors.json';

// A file of its own: German must not have been loaded by an earlier test.
const announcer = () => document.querySelector('[data-auth-error-announcer]') as HTMLElement;

function SaveButton() {
  const { toastAuthError } = useAuthErrorToast();
  return (
    <button type="button" onClick={() => toastAuthError({ code: 'conflict' })}>
      Save
    </button>
  );
}

describe('AuthErrorToaster: announcements while a language loads', () => {
  it('should announce a new toast in German once the German copy has arrived, never the English that stood in', async () => {
    render(
      <AuthErrorProvider lng="de">
        <SaveButton />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The toast stands in English while German loads, and nothing is said yet.
    expect(screen.getByText(en.codes.conflict)).toBeInTheDocument();
    expect(announcer()).toHaveTextContent('');
    await waitFor(() => expect(announcer()).toHaveTextContent(`${de.a11y.notification} ${de.codes.conflict}`));
    expect(announcer()).not.toHaveTextContent(en.codes.conflict);
  });
});
