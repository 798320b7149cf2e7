import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { FixtureServer } from './fixture-server';
import type { Launched } from './launch';
import { FIXTURE_DIR, ROUTES, routeKey } from './routes';

/**
 * Every request the browser made went to the fixture server, for a saved page or a link of its
 * own; another host only for a subresource a saved page names, which must have failed to resolve.
 */
export async function expectOnlyFixtureRequests(suite: { server: FixtureServer; browser: Launched }) {
  const fixtureText = (
    await Promise.all(Object.values(ROUTES).map((route) => readFile(`${FIXTURE_DIR}${route.file}`, 'utf8')))
  )
    .join('\n')
    .replaceAll('&amp;', '&');
  const served = new Set(suite.server.requests.map((request) => routeKey(request.host, request.path)));
  const unexplained: string[] = [];
  let httpsToServer = 0;
  for (const address of suite.browser.requests) {
    if (/^(chrome-extension|data|about|blob):/.test(address)) continue;
    const url = new URL(address);
    if (/(^|\.)alibaba\.com$/.test(url.hostname)) {
      if (url.protocol === 'https:') httpsToServer++;
      else if (!served.has(routeKey(url.host, `${url.pathname}${url.search}`))) unexplained.push(address);
      continue;
    }
    const named = fixtureText.includes(address.replace(/^https?:/, ''));
    if (!named || !suite.browser.failedRequests.has(address)) unexplained.push(address);
  }
  expect(suite.browser.requests.length).toBeGreaterThan(0);
  expect(unexplained).toEqual([]);
  // https:// to a mapped host reaches the server as a TLS handshake it can't answer.
  if (httpsToServer > 0)
    expect(suite.server.requests.some((request) => request.host === '(not http)')).toBe(true);
}
