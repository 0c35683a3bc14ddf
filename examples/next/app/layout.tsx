import { NextAuthErrorProvider } from '@intelliauth/react-auth-errors/next';
import '@intelliauth/react-auth-errors/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Next.js example: @intelliauth/react-auth-errors', icons: { icon: 'data:,' } };

// A server component: it passes the kit settings (strings), not callbacks.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NextAuthErrorProvider signInHref="/sign-in" supportHref="/help">
          <main>{children}</main>
        </NextAuthErrorProvider>
      </body>
    </html>
  );
}
