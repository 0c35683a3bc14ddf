// The app's access token, kept in memory, and the platform calls the loaders make with it.
let accessToken = 'expired-at-start';

/** Gets a fresh access token (the provider's `onRefreshToken`). */
export async function refreshToken(): Promise<void> {
  const res = await fetch('/api/refresh', { method: 'POST' });
  if (!res.ok) throw new Error(`refresh failed: ${res.status}`);
  accessToken = ((await res.json()) as { access_token: string }).access_token;
}

/** A GET to the platform's API with the access token. */
export function get(path: string, signal: AbortSignal): Promise<Response> {
  return fetch(path, { signal, headers: { authorization: `Bearer ${accessToken}` } });
}
