import { fromResponse } from '@intelliauth/react-auth-errors/core';
import { RouteAuthErrorBoundary, throwAuthError } from '@intelliauth/react-auth-errors/react-router';
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

/** Loads from the platform; a failed answer goes to the route's errorElement with its code, status and Retry-After. */
async function load<T>(path: string, { request }: LoaderFunctionArgs): Promise<T> {
  const res = await get(path, request.signal);
  if (!res.ok) throwAuthError(await fromResponse(res));
  return (await res.json()) as T;
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
      { path: 'report', element: <ReportPage />, loader: (args) => load<Report>('/api/report', args), errorElement: <RouteAuthErrorBoundary /> },
      { path: 'profile', element: <ProfilePage />, loader: (args) => load<Profile>('/api/profile', args), errorElement: <RouteAuthErrorBoundary /> },
      { path: 'sign-in', element: <h1>Sign in</h1> },
    ],
  },
];
