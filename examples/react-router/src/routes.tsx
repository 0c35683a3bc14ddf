import { RouteAuthErrorBoundary, withAuthErrors } from '@intelliauth/react-auth-errors/react-router';
import { Link, Outlet, useLoaderData, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { get } from './api';

interface Report {
  title: string;
  signIns: number;
}

interface Profile {
  name: string;
  email: string;
}

/**
 * A loader for a platform path: a failed answer is thrown as it is, and withAuthErrors keeps what the
 * route's errorElement needs of it (the body's code, the status, Retry-After, WWW-Authenticate).
 */
function load<T>(path: string) {
  return withAuthErrors(async ({ request }: LoaderFunctionArgs): Promise<T> => {
    const res = await get(path, request.signal);
    if (!res.ok) throw res;
    return (await res.json()) as T;
  });
}

function Layout() {
  return (
    <>
      <nav>
        <Link to="/">Home</Link> · <Link to="/report">Report</Link> · <Link to="/profile">Profile</Link>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

function Home() {
  return <h1>Home</h1>;
}

function ReportPage() {
  const report = useLoaderData<Report>();
  return (
    <section>
      <h1>{report.title}</h1>
      <p>{report.signIns} sign-ins</p>
    </section>
  );
}

function ProfilePage() {
  const profile = useLoaderData<Profile>();
  return (
    <section>
      <h1>{profile.name}</h1>
      <p>{profile.email}</p>
    </section>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    hydrateFallbackElement: <p>Loading…</p>,
    // An unknown URL: React Router's own 404, shown as the not_found copy.
    errorElement: <RouteAuthErrorBoundary />,
    children: [
      { index: true, element: <Home /> },
      { path: 'report', element: <ReportPage />, loader: load<Report>('/api/report'), errorElement: <RouteAuthErrorBoundary /> },
      { path: 'profile', element: <ProfilePage />, loader: load<Profile>('/api/profile'), errorElement: <RouteAuthErrorBoundary /> },
      { path: 'sign-in', element: <h1>Sign in</h1> },
    ],
  },
];
