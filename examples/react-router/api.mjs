// A stand-in for the platform's API, answering as the real one does, for the example's loaders:
// - GET /api/report: the first call is rate limited (429, an HTML error page, Retry-After: 5),
//   the next ones answer with the report;
// - GET /api/profile: 401 with `WWW-Authenticate: Bearer error="invalid_token"` unless the
//   access token is one POST /api/refresh issued;
// - POST /api/refresh: a fresh access token.
export function api() {
  let reports = 0;
  const issued = new Set();

  function handle(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/report' && req.method === 'GET') {
      reports += 1;
      if (reports === 1) {
        res.writeHead(429, { 'Content-Type': 'text/html', 'Retry-After': '5', 'Cache-Control': 'no-store' });
        res.end('<!doctype html><title>429 Too Many Requests</title><h1>Too Many Requests</h1>');
        return;
      }
      return json(200, { title: 'Weekly sign-ins', signIns: 1284 });
    }
    if (url.pathname === '/api/profile' && req.method === 'GET') {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !issued.has(token)) return json(401, { error: 'invalid_token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
      return json(200, { name: 'Ada Lovelace', email: 'ada@example.com' });
    }
    if (url.pathname === '/api/refresh' && req.method === 'POST') {
      const token = `access-${issued.size + 1}`;
      issued.add(token);
      return json(200, { access_token: token });
    }
    next();
  }

  return {
    name: 'example-api',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}
