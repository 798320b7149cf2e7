import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchWithExtension, type Launched } from './launch';

/** Where browser tests save their screenshots (look at them). */
export const SCREENSHOTS = new URL('../../../screenshots/', import.meta.url);

/**
 * A fixture server and a Chromium with the built extension for one test file,
 * started before its tests and closed after them. Read the fields inside tests.
 */
export function suiteBrowser(): { server: FixtureServer; browser: Launched } {
  const suite = {} as { server: FixtureServer; browser: Launched };
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    suite.server = await startFixtureServer();
    suite.browser = await launchWithExtension({ extension: true, port: suite.server.port });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
