import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_DIR, ROUTES, routeKey, routeKeyOf, type FixtureRoute } from './routes';

export interface ServedRequest {
  /** Host header without port, lower case ("www.alibaba.com"). */
  host: string;
  /** Path and query as asked. */
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server got, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/**
 * Serves saved pages on 127.0.0.1 by the URL they came from: the browser maps
 * *.alibaba.com here (Chromium) or uses this server as its HTTP proxy
 * (Firefox), and the Host header or the whole URL says which page it asked for.
 * Anything not in the route table is a 404.
 */
export async function startFixtureServer(
  routes: Record<string, FixtureRoute> = ROUTES,
  fixtureDir: string = FIXTURE_DIR,
): Promise<FixtureServer> {
  const table = new Map(Object.values(routes).map((route) => [routeKeyOf(route.url), route.file]));
  const cache = new Map<string, Promise<Buffer>>();
  const requests: ServedRequest[] = [];

  const server = createServer((request, response) => {
    // A browser that reaches this server as its HTTP proxy (Firefox) names the whole URL.
    const target = request.url ?? '/';
    const proxied = /^http:\/\//i.test(target) && URL.canParse(target) ? new URL(target) : null;
    const host = (proxied?.host ?? request.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    const path = proxied ? proxied.pathname + proxied.search : target;
    const pathname = path.split(/[?#]/, 1)[0] ?? '/';
    const file = table.get(routeKey(host, pathname));
    const entry: ServedRequest = { host, path, status: 404 };
    requests.push(entry);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not a fixture\n');
      return;
    }
    let body = cache.get(file);
    if (!body) {
      body = readFile(join(fixtureDir, file));
      cache.set(file, body);
    }
    body.then(
      (bytes) => {
        entry.status = 200;
        response.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': bytes.length,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : bytes);
      },
      (error: unknown) => {
        cache.delete(file);
        entry.status = 500;
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${String(error)}\n`);
      },
    );
  });
  // An https:// URL mapped here starts with a TLS handshake; note it rather than drop it silently.
  server.on('clientError', (_error, socket) => {
    requests.push({ host: '(not http)', path: '', status: 400 });
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
