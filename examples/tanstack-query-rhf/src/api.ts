import { fromResponse } from '@intelliauth/react-auth-errors/core';

// The access token the app holds: expired from the start, so the first request meets token_expired.
let accessToken = 'expired';

/** A fetch that throws the platform's error (normalised) when the answer is not a success. */
async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { ...init, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, ...init.headers } });
  if (!res.ok) throw await fromResponse(res);
  return (await res.json()) as T;
}

export interface Profile {
  name: string;
  email: string;
}

export const fetchProfile = () => request<Profile>('/api/profile');

export const fetchStatus = () => request<{ status: string }>('/api/status');

export interface SignUpValues {
  email: string;
  password: string;
}

export const signUp = (values: SignUpValues) => request<{ email: string }>('/api/sign-up', { method: 'POST', body: JSON.stringify(values) });

/** What the kit calls on token_expired: get a fresh access token (resolve), or reject to ask the user to sign in. */
export async function refreshToken(): Promise<void> {
  const { access_token } = await request<{ access_token: string }>('/api/refresh', { method: 'POST' });
  accessToken = access_token;
}
