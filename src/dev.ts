const said = new Set<string>();

// Bundlers replace `process.env.NODE_ENV` and drop the messages from production builds; the
// typeof check keeps an unbundled ESM import in a browser from throwing.
const isDev = () => typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';

/** Development-only console.warn, once per message; stripped from production builds. */
export function devWarn(message: string): void {
  if (isDev() && !said.has(message)) {
    said.add(message);
    console.warn(`[@intelliauth/react-auth-errors] ${message}`);
  }
}

/** Development-only console.error, once per message; stripped from production builds. */
export function devError(message: string): void {
  if (isDev() && !said.has(message)) {
    said.add(message);
    console.error(`[@intelliauth/react-auth-errors] ${message}`);
  }
}

/** For tests: forget which messages were already written. */
export function resetDevMessages(): void {
  said.clear();
}
