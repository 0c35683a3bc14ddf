// The production server: serves the built app (dist/) and a small API that answers the way the
// IntelliAuth platform does. `PORT=0 node server.mjs` picks a free port and prints it.
//
//   GET  /api/profile   401 `WWW-Authenticate: Bearer error="invalid_token"` (token_expired) until
//                       the app sends a token from /api/refresh, then the profile
//   POST /api/refresh   a fresh access token
//   GET  /api/status    drops the connection twice (a failed fetch: network_error), then answers
//   POST /api/sign-up   422 validation_failed with a message per field, or 201
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

const freshTokens = new Set();
let statusRequests = 0;

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** Server-side rules the form does not check itself: the server has the last word. */
function signUpErrors({ email, password }) {
  const fields = {};
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fields.email = 'Enter a valid email address.';
  const secret = typeof password === 'string' ? password : '';
  const problems = [];
  if (secret.length < 8) problems.push('Use at least 8 characters.');
  if (!/\d/.test(secret)) problems.push('Add a number.');
  if (problems.length > 0) fields.password = problems;
  return fields;
}

async function api(req, res, path) {
  if (req.method === 'GET' && path === '/api/profile') {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !freshTokens.has(token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' });
      return res.end();
    }
    return json(res, 200, { name: 'Ada Lovelace', email: 'ada@example.com' });
  }
  if (req.method === 'POST' && path === '/api/refresh') {
    const token = `fresh-${freshTokens.size + 1}`;
    freshTokens.add(token);
    return json(res, 200, { access_token: token });
  }
  if (req.method === 'GET' && path === '/api/status') {
    statusRequests += 1;
    // The connection drops before any answer: the browser's fetch rejects ("Failed to fetch").
    if (statusRequests <= 2) return req.socket.destroy();
    return json(res, 200, { status: 'All systems normal' });
  }
  if (req.method === 'POST' && path === '/api/sign-up') {
    const body = await readJson(req);
    const fields = signUpErrors(body);
    if (Object.keys(fields).length > 0) {
      return json(res, 422, { error: { code: 'validation_failed', message: 'The request has invalid fields.', details: { fields } } });
    }
    return json(res, 201, { email: body.email });
  }
  return json(res, 404, { error: { code: 'not_found' } });
}

async function file(res, path) {
  const target = normalize(join(dist, path === '/' ? 'index.html' : path));
  const inside = target.startsWith(dist) && !target.slice(dist.length).split(sep).includes('..');
  try {
    const body = await readFile(inside ? target : join(dist, 'index.html'));
    res.writeHead(200, { 'Content-Type': TYPES[extname(inside ? target : '.html')] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    // An address the app routes itself: its page.
    res.writeHead(200, { 'Content-Type': TYPES['.html'] });
    res.end(await readFile(join(dist, 'index.html')));
  }
}

const server = createServer((req, res) => {
  // A connection per request: a browser retries a request on its own when a connection it reused
  // drops, which would hide the dropped ones from the app.
  res.setHeader('Connection', 'close');
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  (path.startsWith('/api/') ? api(req, res, path) : file(res, path)).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

server.listen(Number(process.env.PORT ?? 4173), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
