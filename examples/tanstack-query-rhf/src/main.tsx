import { AuthErrorProvider } from '@intelliauth/react-auth-errors';
import {
  authErrorRetry,
  authErrorRetryDelay,
  authErrorThrowOnError,
  QueryAuthErrorBoundary,
} from '@intelliauth/react-auth-errors/tanstack-query';
import '@intelliauth/react-auth-errors/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { refreshToken } from './api';
import { App } from './App';
import './app.css';

// Transient failures retry with backoff (honouring Retry-After), never credentials or codes;
// only errors that replace the page are thrown to a boundary, the rest stay with the query.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: authErrorRetry, retryDelay: authErrorRetryDelay, throwOnError: authErrorThrowOnError },
    mutations: { retry: authErrorRetry, retryDelay: authErrorRetryDelay, throwOnError: authErrorThrowOnError },
  },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AuthErrorProvider lng="en" onRefreshToken={refreshToken} signInHref="/sign-in">
      <QueryClientProvider client={queryClient}>
        {/* What the queries throw (sign in again, start over…) replaces the page. */}
        <QueryAuthErrorBoundary>
          <App />
        </QueryAuthErrorBoundary>
      </QueryClientProvider>
    </AuthErrorProvider>
  </StrictMode>,
);
