import { fromHttp } from '../../core/fromHttp';
import { toAuthError } from '../../core/toAuthError';
import { throwAuthError } from './throwAuthError';

/**
 * Wraps a loader or an action so that a failed `Response` it throws (status 400 and up) keeps
 * what React Router would drop before the error element sees it: its `Retry-After` and
 * `WWW-Authenticate` headers. The response is read as `fromResponse` reads it (a JSON body's code
 * wins, else the status and the challenge decide) and thrown again with `throwAuthError`: the
 * code and `details` go on, not the rest of the body, so a `normalize` of yours that reads a body
 * without a code the kit knows sees the status's code instead (map such a body in the loader).
 * Anything else goes on as it was thrown: `redirect()`, what `throwAuthError` or `data()` threw,
 * errors that are not responses. The wrapped function takes the same arguments and returns what
 * yours returns, so `useLoaderData<typeof loader>()` keeps its type.
 *
 * @example
 * export const loader = withAuthErrors(async ({ request }: LoaderFunctionArgs) => {
 *   const res = await fetch('/api/profile', { signal: request.signal });
 *   if (!res.ok) throw res; // a 429's Retry-After counts down, a 401 invalid_token refreshes
 *   return (await res.json()) as Profile;
 * });
 */
export function withAuthErrors<Args extends unknown[], Result>(handler: (...args: Args) => Result): (...args: Args) => Promise<Awaited<Result>> {
  return async (...args): Promise<Awaited<Result>> => {
    try {
      return await handler(...args);
    } catch (thrown) {
      if (!(thrown instanceof Response) || thrown.status < 400) throw thrown;
      // The body as React Router reads it (and no longer: the router stops waiting for a loader
      // whose navigation was cancelled); one that is not JSON, empty or already read says nothing.
      throwAuthError(fromHttp(thrown.status, thrown.headers, toAuthError(await thrown.json().catch(() => 0))));
    }
  };
}
