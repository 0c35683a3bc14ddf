import { useEffect, type ReactNode } from 'react';
import { directionOf } from './locales';
import { STORY_THEMES, type ThemeName } from './themes';
import './example.css';

interface StageProps {
  locale: string;
  theme: ThemeName;
  /** In the canvas (not on a docs page), the whole page takes the theme's background. */
  fullPage: boolean;
  children: ReactNode;
}

/**
 * The root every story renders in: the language (`lang`), its direction (`dir`, so Arabic and
 * Hebrew flip the canvas), and the theme's page colors, so contrast is judged against the
 * background the story really sits on.
 */
export function Stage({ locale, theme, fullPage, children }: StageProps) {
  const { page } = STORY_THEMES[theme];
  useEffect(() => {
    if (!fullPage) return;
    const { style } = document.body;
    const previous = { background: style.background, colorScheme: style.colorScheme };
    style.background = page.background;
    style.colorScheme = page.colorScheme;
    return () => {
      style.background = previous.background;
      style.colorScheme = previous.colorScheme;
    };
  }, [fullPage, page]);
  return (
    <div
      className="sb-stage"
      data-theme={theme}
      data-full-page={fullPage ? '' : undefined}
      lang={locale}
      dir={directionOf(locale)}
      style={{ background: page.background, color: page.color, colorScheme: page.colorScheme }}
    >
      {children}
    </div>
  );
}
