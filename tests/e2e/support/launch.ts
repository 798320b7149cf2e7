import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3/', import.meta.url));

export interface LaunchOptions {
  /** Load the built extension (.output/chrome-mv3). */
  extension: boolean;
  /** Load the extension from this folder instead (a copy of the build; the bench adds a page to one). */
  extensionDir?: string;
  /** Port of the fixture server that *.alibaba.com resolves to. */
  port: number;
  /** Default true. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (null without the extension). */
  serviceWorker: Worker | null;
  extensionId: string | null;
  /** Every URL the browser asked for, in order (pages, subresources, workers, extension pages). */
  requests: string[];
  /** URLs of the requests that got no response (failed to resolve, connect or load). */
  failedRequests: Set<string>;
  close(): Promise<void>;
}

/** Throws a message that says what to do when Chromium or the built extension is missing. */
export function checkPrerequisites(extension: boolean): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get install -y chromium`);
  }
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR} has no manifest.json). Run: npx wxt build`);
  }
}

/**
 * Chromium on a fresh profile where every *.alibaba.com host resolves to the
 * fixture server and every other host fails to resolve, so nothing can leave the machine.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  checkPrerequisites(options.extension);
  const { port } = options;
  const userDataDir = await mkdtemp(join(tmpdir(), 'supplier-radar-e2e-'));
  const args = [
    `--host-resolver-rules=MAP *.alibaba.com 127.0.0.1:${port}, MAP alibaba.com 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.extension) {
    const dir = options.extensionDir ?? EXTENSION_DIR;
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args,
  });
  const requests: string[] = [];
  const failedRequests = new Set<string>();
  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) => failedRequests.add(request.url()));

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (options.extension) {
    serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    serviceWorker,
    extensionId,
    requests,
    failedRequests,
    async close() {
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** The part of the extension API that finds a tab by its address (`tabIdFor`, and the Firefox suite). */
export interface TabsApi {
  tabs: { query(filter: { url: string }): Promise<Array<{ id?: number; url?: string }>> };
}

/** The tab id Chromium gave the tab showing `url` (asked of the extension's service worker). */
export async function tabIdFor(serviceWorker: Worker, url: string): Promise<number> {
  const tabs = await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const found = await api.tabs.query({ url: '*://*.alibaba.com/*' });
    return found.map((tab) => ({ id: tab.id, url: tab.url }));
  });
  const tab = tabs.find((candidate) => candidate.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}; tabs: ${JSON.stringify(tabs)}`);
  return tab.id;
}
