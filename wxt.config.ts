import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are the marketplace hosts only; content-script matches live
// beside each entrypoint and come from src/sites/registry.ts.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      sourcemap: process.env.SR_SOURCEMAP === '1',
      minify: process.env.SR_MINIFY !== '0',
      // Pages keep their preload links; a lazy chunk's dependencies are fetched as it imports them.
      // Preloading them started every fetch at once inside the popup's first effects (the settings'
      // zod chunks), holding up the IndexedDB answer its first rows wait for; from disk it gains nothing.
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Supplier Radar',
    description:
      'Flags risky suppliers and too-good-to-be-true offers on Alibaba.com, on your device. Nothing leaves your browser.',
    permissions: ['storage'],
    host_permissions: ['*://*.alibaba.com/*'],
    action: { default_title: 'Supplier Radar' },
    // Chrome: the findings panel is loaded into content scripts on first open (src/overlay/load-panel.ts);
    // the dynamic URL keeps pages from probing for the extension by a fixed address.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            { resources: ['findings-panel.js'], matches: ['*://*.alibaba.com/*'], use_dynamic_url: true },
          ],
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'supplier-radar@example.org',
              strict_min_version: '128.0',
              // Nothing the buyer sees or types leaves the device.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
