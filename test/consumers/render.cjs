// The CommonJS side of render.mjs: `require` the kit and render an outcome on the server.
/* eslint-disable @typescript-eslint/no-require-imports -- checking the package through require() is the point */
const React = require('react');
const { renderToString } = require('react-dom/server');
const kit = require('@intelliauth/react-auth-errors');
const en = require('@intelliauth/react-auth-errors/locales/en').default;
require.resolve('@intelliauth/react-auth-errors/styles.css');

const h = React.createElement;
const html = renderToString(
  h(kit.AuthErrorBoundary, { error: { code: 'rate_limited', details: { retry_after_s: 5 } }, onRetry: () => {} }),
);
const outcome = kit.resolveOutcome(kit.toAuthError({ code: 'account_locked', details: { retry_after_s: '60' } }));
console.log(
  JSON.stringify({
    'require: renders the rate_limited outcome on the server': html.includes('data-auth-error-code="rate_limited"'),
    'require: the English bundle has every code': typeof en.codes.rate_limited === 'string',
    'require: toAuthError → resolveOutcome works': outcome.kind === 'countdown' && outcome.retryAfterS === 60,
  }),
);
