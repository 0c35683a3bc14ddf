// @intelliauth/react-auth-errors/react-router: React Router 7 (data routers): an `errorElement` that
// shows the route's error, a wrapper that keeps what a loader's or action's thrown Response says, and
// a helper that throws an auth error from loaders and actions.
export { RouteAuthErrorBoundary } from './RouteAuthErrorBoundary';
export { throwAuthError } from './throwAuthError';
export { withAuthErrors } from './withAuthErrors';

export type { RouteAuthErrorBoundaryProps } from './RouteAuthErrorBoundary';
