import { devError } from '../dev';

const describe = (thrown: unknown) => {
  try {
    return thrown instanceof Error ? thrown.message : String(thrown);
  } catch {
    return '';
  }
};

/**
 * Calls one of the app's callbacks so that nothing it does takes the page down: a throw (or a
 * rejected promise it returns) is contained, and a development console error names the callback.
 * Returns what the callback returned (`undefined` when it threw or is not set).
 */
export function invokeCallback<Args extends unknown[]>(
  name: string,
  callback: ((...args: Args) => unknown) | undefined,
  ...args: Args
): unknown {
  if (!callback) return undefined;
  const fail = (thrown: unknown) => {
    if (process.env.NODE_ENV !== 'production') devError(`${name} threw; the kit carried on as if it had not. ${describe(thrown)}`);
  };
  try {
    const result = callback(...args);
    if (typeof (result as PromiseLike<unknown> | null)?.then === 'function') Promise.resolve(result).catch(fail);
    return result;
  } catch (thrown) {
    fail(thrown);
    return undefined;
  }
}
