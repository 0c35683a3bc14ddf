export { authErrorRetry } from './authErrorRetry';
export { authErrorRetryDelay } from './authErrorRetryDelay';
export { authErrorThrowOnError } from './authErrorThrowOnError';
export { QueryAuthErrorBoundary } from './QueryAuthErrorBoundary';
