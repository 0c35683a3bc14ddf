import { AuthErrorProvider } from '@intelliauth/react-auth-errors';
import '@intelliauth/react-auth-errors/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { refreshToken } from './api';
import { routes } from './routes';

const router = createBrowserRouter(routes);

// The provider sits outside RouterProvider: the routes' error elements render inside the router
// and read its options (the token refresh, the sign-in page) from there.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AuthErrorProvider onRefreshToken={refreshToken} signInHref="/sign-in">
      <RouterProvider router={router} />
    </AuthErrorProvider>
  </StrictMode>,
);
