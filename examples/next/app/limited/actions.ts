'use server';

import { throwAuthError } from '@intelliauth/react-auth-errors/next';

/** A server action whose platform call is rate limited: Retry-After 5 seconds. */
export async function sendCode(): Promise<void> {
  throwAuthError({ code: 'rate_limited', status: 429, details: { retry_after_s: 5 } });
}
