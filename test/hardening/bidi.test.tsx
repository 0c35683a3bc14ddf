import { render, screen } from '@testing-library/react';
import bidiFactory from 'bidi-js';
import { createRef } from 'react';
import { AuthErrorBoundary, AuthErrorProvider, FieldError, loadAuthErrorsLocale, useAuthErrorOutcome } from '../../src';

// Server text inside the kit's sentences must not reorder them. A field name such as
// `user\u202Egnp.exe` (RIGHT-TO-LEFT OVERRIDE) would otherwise turn the rest of the sentence
// around; between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE it can only turn itself.
// The checks run the Unicode Bidirectional Algorithm (bidi-js) over the text the user gets.

const bidi = bidiFactory();
const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

/** Field names that try to reorder the sentence around them, or to break out of an isolate. */
const HOSTILE: Record<string, string> = {
  'a RIGHT-TO-LEFT OVERRIDE': `user${RLO}gnp.exe`,
  'a RIGHT-TO-LEFT EMBEDDING': 'user\u202Bmoc.elpmaxe',
  'a POP DIRECTIONAL ISOLATE that closes the kit’s isolate, then an override': `x${PDI}${RLO}evil`,
  'a RIGHT-TO-LEFT ISOLATE left open': 'x\u2067abc',
  'a PARAGRAPH SEPARATOR, then an override': `x\u2029${RLO}evil`,
  'a line feed, then an override': `x\n${RLO}evil`,
  'an INFORMATION SEPARATOR (a paragraph break to the algorithm), then an override': `x\u001E${RLO}evil`,
  'Hebrew with a RIGHT-TO-LEFT MARK': 'שם\u200F משתמש',
  'Arabic letters and digits': 'البريد 123',
};

/** The kit's own characters in `text` (everything outside the outermost isolate) and their resolved embedding levels. */
function kitText(text: string, direction: 'ltr' | 'rtl') {
  const start = text.indexOf(FSI);
  const end = text.lastIndexOf(PDI) + 1;
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const outside = (from: number, to: number) => Array.from(text.slice(from, to), (char, i) => `${char}${levels[from + i]}`);
  return start < 0 ? outside(0, text.length) : [...outside(0, start), '…', ...outside(end, text.length)];
}

/** What the eye reads, left to right, with the invisible controls taken out. */
const visual = (text: string, direction: 'ltr' | 'rtl') =>
  bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, direction)).replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

const hint = () => screen.getByRole('alert').querySelector('.iae-hint')?.textContent ?? '';

function Conflict({ name, lng }: { name: string; lng: string }) {
  return (
    <AuthErrorProvider lng={lng}>
      <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { [name]: 'taken' } } }} />
    </AuthErrorProvider>
  );
}

describe('AuthErrorBoundary: server text cannot reorder the kit’s sentences', () => {
  beforeAll(async () => {
    await Promise.all([loadAuthErrorsLocale('he'), loadAuthErrorsLocale('ar')]);
  });

  it('should show a field name with a RIGHT-TO-LEFT OVERRIDE between isolates', () => {
    render(<Conflict name={`user${RLO}gnp.exe`} lng="en" />);

    expect(hint()).toBe(`Already in use: ${FSI}user${RLO}gnp.exe${PDI}.`);
  });

  it('should keep the kit’s words in reading order around it, the override turning only the name', () => {
    render(<Conflict name={`user${RLO}gnp.exe`} lng="en" />);

    expect(visual(hint(), 'ltr')).toBe('Already in use: userexe.png.');
  });

  it('should isolate each name of a list, so one cannot reorder the words after it', () => {
    render(
      <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { [`user${RLO}gnp.exe`]: 'taken', phone: 'taken' } } }} />,
    );

    expect(hint()).toBe(`Already in use: ${FSI}user${RLO}gnp.exe${PDI} and ${FSI}phone${PDI}.`);
    expect(visual(hint(), 'ltr')).toBe('Already in use: userexe.png and phone.');
  });

  describe.each([
    ['en', 'ltr'],
    ['he', 'rtl'],
    ['ar', 'rtl'],
  ] as const)('in %s (%s)', (lng, direction) => {
    it.each(Object.entries(HOSTILE))('should resolve the kit’s own text exactly as around a plain name, given %s', (_, name) => {
      const { unmount } = render(<Conflict name="email" lng={lng} />);
      const plain = hint();
      unmount();
      render(<Conflict name={name} lng={lng} />);

      expect(screen.getByRole('alert')).toHaveAttribute('dir', direction);
      expect(kitText(hint(), direction)).toEqual(kitText(plain, direction));
    });
  });

  it('should give an app drawing with useAuthErrorOutcome the same isolated hint', () => {
    function AppAlert() {
      const { hint: text } = useAuthErrorOutcome({ code: 'conflict', details: { fields: { [`user${RLO}gnp.exe`]: 'taken' } } });
      return <p role="note">{text}</p>;
    }
    render(<AppAlert />);

    expect(screen.getByRole('note').textContent).toBe(`Already in use: ${FSI}user${RLO}gnp.exe${PDI}.`);
  });
});

describe('FieldError: one isolated element per message', () => {
  const messages = [`Too short${RLO}.sdrow 3 tsael tA`, 'Add a number.'];

  function Form() {
    return (
      <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { password: messages, email: 'Enter an email address.' } } }}>
        <FieldError name="password" data-testid="password-error" />
        <FieldError name="email" data-testid="email-error" />
      </AuthErrorBoundary>
    );
  }

  it('should render two messages as two <bdi> elements in the <p>, in order, a space apart', () => {
    render(<Form />);

    const paragraph = screen.getByTestId('password-error');
    expect(paragraph.tagName).toBe('P');
    expect(Array.from(paragraph.children, (child) => [child.tagName, child.textContent])).toEqual([
      ['BDI', messages[0]],
      ['BDI', messages[1]],
    ]);
    expect(paragraph.textContent).toBe(`${messages[0]} ${messages[1]}`);
  });

  it('should render one message as one <bdi> element', () => {
    render(<Form />);

    expect(Array.from(screen.getByTestId('email-error').children, (child) => child.tagName)).toEqual(['BDI']);
  });

  it('should keep the <p> root: its id for aria-describedby, the props given and the ref', () => {
    const ref = createRef<HTMLParagraphElement>();
    render(
      <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { password: messages } } }}>
        <FieldError name="password" ref={ref} title="Password problems" />
      </AuthErrorBoundary>,
    );

    expect(ref.current?.tagName).toBe('P');
    expect(ref.current).toHaveAttribute('title', 'Password problems');
    expect(ref.current?.id).toMatch(/\S/);
    expect(ref.current?.querySelectorAll('bdi')).toHaveLength(2);
  });
});
