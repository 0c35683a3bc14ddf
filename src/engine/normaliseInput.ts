import type { IntelliAuthError } from '../core/IntelliAuthError';
import { toAuthError } from '../core/toAuthError';
import type { AuthErrorBehaviour } from './EngineOptions';
import { invokeCallback } from './invokeCallback';

/**
 * The app's adapters (`normalize`), then `toAuthError`: the first adapter that recognises the
 * input (anything but code `unknown`) wins. An adapter that throws is skipped.
 */
export function normaliseInput(input: unknown, normalize: AuthErrorBehaviour['normalize']): IntelliAuthError {
  // One adapter, several, or none.
  for (const adapter of [normalize ?? []].flat()) {
    const adapted = toAuthError(invokeCallback('normalize', adapter, input));
    if (adapted.code !== 'unknown') return adapted;
  }
  return toAuthError(input);
}
