// Runs inside a scratch project where the packed kit and one React major are installed (see
// scripts/test-consumers.mjs). Renders AuthErrorBoundary outcomes the way an app would, through the
// package's ESM entry: on the server with react-dom/server, and in a DOM (jsdom) with createRoot,
// where a child throws a coded error and the boundary draws the fallback; then in German, whose
// bundle loads on demand; then a toast from the /toast entry. Prints one JSON object of named
// checks → true/false.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', { url: 'https://app.example/sign-in', pretendToBeVisual: true });
const { document } = dom.window;
// What React and Radix reach for as globals; jsdom's own classes, so its dispatchEvent accepts them.
const GLOBALS = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'];
for (const key of GLOBALS) {
  Object.defineProperty(globalThis, key, { value: key === 'window' ? dom.window : dom.window[key], configurable: true, writable: true });
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

// React reads the DOM globals when it loads: import it after they exist.
const React = (await import('react')).default;
const { createRoot } = await import('react-dom/client');
const { renderToString } = await import('react-dom/server');
const kit = await import('@intelliauth/react-auth-errors');
const de = (await import('@intelliauth/react-auth-errors/locales/de')).default;
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const en = require('@intelliauth/react-auth-errors/locales/en');

const h = React.createElement;
const { act } = React;
const checks = {};
checks[`React ${React.version}`] = true;

// Server rendering: an error given as a value.
const html = renderToString(
  h(kit.AuthErrorProvider, { supportHref: '/help' }, h(kit.AuthErrorBoundary, { error: { code: 'account_disabled' } }, h('form'))),
);
checks['server: renders the English copy for account_disabled'] = html.includes(en.default.codes.account_disabled);
checks['server: replaces the children of a blocking outcome'] = !html.includes('<form');

// The browser: a child throws a coded error; the boundary catches it and draws the fallback.
function SignInForm() {
  throw { code: 'invalid_credentials' };
}
const consoleError = console.error;
console.error = () => {}; // React logs the caught error; that is expected here.
const container = document.getElementById('root');
const root = createRoot(container);
try {
  await act(async () => {
    root.render(h(kit.AuthErrorProvider, null, h(kit.AuthErrorBoundary, null, h(SignInForm))));
  });
} finally {
  console.error = consoleError;
}
const alert = container.querySelector('[role="alert"]');
checks['createRoot: a thrown coded error renders the fallback'] = alert?.textContent?.includes(en.default.codes.invalid_credentials) === true;
checks['createRoot: the fallback says which code it shows'] = container.querySelector('[data-auth-error-code="invalid_credentials"]') !== null;

// The same outcome in German: the bundle is loaded on demand (dynamic import from the package).
await act(async () => {
  root.render(h(kit.AuthErrorProvider, { lng: 'de' }, h(kit.AuthErrorBoundary, { error: { code: 'invalid_credentials' } })));
});
for (let i = 0; i < 50 && !container.textContent.includes(de.codes.invalid_credentials); i += 1) {
  await act(() => new Promise((done) => setTimeout(done, 20)));
}
checks['createRoot: lng="de" loads and shows the German copy'] = container.textContent.includes(de.codes.invalid_credentials);
checks['createRoot: the outcome root has lang="de"'] = container.querySelector('[lang="de"]') !== null;
// A toast from the /toast entry (Radix Toast), shown by a hook.
const toast = await import('@intelliauth/react-auth-errors/toast');
function Save() {
  const { toastAuthError } = toast.useAuthErrorToast();
  React.useEffect(() => toastAuthError({ code: 'server_error' }), [toastAuthError]);
  return h('button', null, 'Save');
}
await act(async () => {
  root.render(h(kit.AuthErrorProvider, null, h(toast.AuthErrorToaster), h(Save)));
});
checks['/toast: useAuthErrorToast shows a toast in AuthErrorToaster'] = document.body.textContent.includes(en.default.codes.server_error);
await act(async () => root.unmount());

console.log(JSON.stringify(checks));
