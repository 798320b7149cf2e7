// Supplier Radar benchmarks: `npm run bench` (builds the Chrome extension first), or
// `node scripts/bench.mjs` on an existing build. BENCH_RUNS=n sets the run count (default 11, at
// least 10). BENCH_ONLY=pages runs only 1–7, BENCH_ONLY=shortlist only 8–11, BENCH_ONLY=chat only
// 12 (quick iteration on an existing build); unset, everything runs. Prints a markdown table of
// medians for the README.
// Numbers, not a test: it exits 0 when a budget is missed, non-zero only when something could not
// be measured.
// How each figure is measured, numbered as below: bench/METHODS.md.
import { tsImport } from 'tsx/esm/api';

const load = (path) => tsImport(path, import.meta.url);
const { ROUTES, FIXTURE_DIR } = await load('../tests/e2e/support/routes.ts');
const { startFixtureServer } = await load('../tests/e2e/support/fixture-server.ts');
const launch = await load('../tests/e2e/support/launch.ts');
const { appendBatch, drawBatch, loadAndMeasure } = await load('../bench/page-load.ts');
const { bundleSizes } = await load('../bench/sizes.ts');
const { judgeThroughput } = await load('../bench/judge-throughput.ts');
const { chatThroughput, longMessageChecks } = await load('../bench/chat-throughput.ts');
const { chatPageInBrowser } = await load('../bench/chat-page.ts');
const { workerJudgeMs } = await load('../bench/worker-judge.ts');
const shortlistBench = await load('../bench/shortlist.ts');
const shortlistExportBench = await load('../bench/shortlist-export.ts');
const shortlistPopupBench = await load('../bench/shortlist-popup.ts');
const { launchWithFloorPage } = await load('../bench/popup-floor.ts');
const { manyEntries } = await load('../tests/support/shortlist-entries.ts');
const { markdownTable } = await load('../bench/stats.ts');
const { benchTable, emptySamples, perRunLines } = await load('../bench/report.ts');
const { chatPagePerRunLines, chatPageRows } = await load('../bench/report-chat.ts');
const { shortlistPerRunLines, shortlistRows } = await load('../bench/report-shortlist.ts');

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS) || 11);
const CARDS = 48;
const url = ROUTES.search.url;
const ONLY = process.env.BENCH_ONLY ?? '';
const PARTS = ['pages', 'shortlist', 'chat'];
if (ONLY !== '' && !PARTS.includes(ONLY)) {
  console.error(`bench: BENCH_ONLY must be one of ${PARTS.join(', ')} (or unset for all), not "${ONLY}"`);
  process.exit(1);
}
const runsPart = (part) => ONLY === '' || ONLY === part;

try {
  launch.checkPrerequisites(true);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// 5 and 7, in Node, first, while no browser runs: measured after the browsers, they could share
// the two cores with Chromium still shutting down (one run gave 73,000 messages a second there,
// and 110,000 on its own minutes later).
const inNode = runsPart('pages')
  ? {
      judge: judgeThroughput(
        `${FIXTURE_DIR}${ROUTES.searchServerHtml.file}`,
        ROUTES.searchServerHtml.url.replace(/^http:/, 'https:'),
      ),
      chat: chatThroughput(new URL('../tests/fixtures/chat/chat-dev.jsonl', import.meta.url).pathname),
      longMessages: longMessageChecks(
        new URL('../tests/fixtures/chat/chat-dev.jsonl', import.meta.url).pathname,
        new URL('../bench/long-message-seeds.txt', import.meta.url).pathname,
      ),
    }
  : null;

const server = await startFixtureServer();
let pages = null;
let shortlist = null;
let chatPage = null;
try {
  if (runsPart('pages')) pages = await benchPages();
  if (runsPart('shortlist')) shortlist = await benchShortlist();
  if (runsPart('chat')) chatPage = await benchChatPage();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
if (process.exitCode) process.exit();

if (pages) {
  const { runs, sizes, worker } = pages;
  const { judge, chat, longMessages } = inNode;

  console.log(`\nSupplier Radar bench: medians of ${RUNS} runs, headless Chromium, ${ROUTES.search.file}\n`);

  console.log(
    benchTable(runs, CARDS, sizes, judge, worker, { ...chat, long: longMessages }, shortlist, chatPage),
  );
  console.log(`\nJudge input: ${judge.listingsRead} listings read from ${ROUTES.searchServerHtml.file}.`);
  console.log(`Per run:\n${perRunLines(runs)}`);
} else {
  console.log(`\nSupplier Radar bench, ${ONLY} only: medians of ${RUNS} runs, headless Chromium\n`);
  console.log(
    markdownTable([
      ...(chatPage ? chatPageRows(chatPage) : []),
      ...(shortlist ? shortlistRows(shortlist) : []),
    ]),
  );
}
if (shortlist) console.log(`Shortlist, per run:\n${shortlistPerRunLines(shortlist)}`);
if (chatPage) console.log(`Large chat, per run:\n${chatPagePerRunLines(chatPage)}`);

/** 1–4 and 6 (5 and 7, in Node, run before any browser starts). */
async function benchPages() {
  // Sizes first: of the same build the browser loads.
  const sizes = bundleSizes(launch.EXTENSION_DIR);
  const withExtension = await launch.launchWithExtension({ extension: true, port: server.port });
  const without = await launch.launchWithExtension({ extension: false, port: server.port });
  const prefix = `chrome-extension://${withExtension.extensionId}/`;
  const runs = emptySamples();
  try {
    for (let run = 0; run <= RUNS; run++) {
      process.stderr.write(run === 0 ? 'warm-up ' : `${run} `);
      // 2 and 3: whole main-thread time with and without (alternating), then the batch.
      const totals = {};
      let batch = null;
      let drawnMs = 0;
      for (const which of run % 2 ? ['without', 'with'] : ['with', 'without']) {
        const browser = which === 'with' ? withExtension : without;
        const result = await loadAndMeasure(browser.context, { url, badges: which === 'with' ? CARDS : 0 });
        totals[which] = result.mainThreadMs;
        const firstId = 9_200_000_000_000 + run * 1000;
        if (which === 'with') batch = await appendBatch(result.page, CARDS, firstId);
        else drawnMs = await drawBatch(result.page, CARDS, firstId);
        await result.page.close();
      }
      // 1: the extension's own main-thread time and longest task, sampled; and its share of a batch.
      const profiled = await loadAndMeasure(withExtension.context, {
        url,
        badges: CARDS,
        profilePrefix: prefix,
      });
      const profiledBatch = await appendBatch(profiled.page, CARDS, 9_300_000_000_000 + run * 1000, prefix);
      await profiled.page.close();
      if (run === 0) continue;
      runs.withMs.push(totals.with);
      runs.withoutMs.push(totals.without);
      runs.batchMs.push(batch.verdictMs);
      runs.batchMarkedMs.push(batch.markedMs);
      runs.batchDrawnMs.push(drawnMs);
      runs.addedMs.push(profiled.attributedMs);
      runs.extensionTaskMs.push(profiled.attributedTasks.reduce((sum, task) => sum + task.dur, 0) / 1000);
      runs.longestTaskMs.push((profiled.attributedTasks[0]?.dur ?? 0) / 1000);
      runs.batchAddedMs.push(profiledBatch.attributedMs);
    }
    process.stderr.write('\n');
    // 6: judging 1,000 offers in the real background worker.
    const worker = await workerJudgeMs(
      withExtension.context,
      withExtension.extensionId,
      `${FIXTURE_DIR}${ROUTES.searchServerHtml.file}`,
      ROUTES.searchServerHtml.url.replace(/^http:/, 'https:'),
    );
    return { runs, sizes, worker };
  } finally {
    await withExtension.close();
    await without.close();
  }
}

/** 12: in a Chromium of its own, whose context answers the chat pages' https:// addresses. */
async function benchChatPage() {
  const browser = await launch.launchWithExtension({ extension: true, port: server.port });
  try {
    process.stderr.write('chat\n');
    return await chatPageInBrowser(browser.context, browser.extensionId, RUNS);
  } finally {
    await browser.close();
  }
}

/** 8–11: the browser part in a Chromium of its own (its profile starts empty), then the Node part. */
async function benchShortlist() {
  const entries = manyEntries(shortlistBench.SHORTLIST_SIZE);
  // The build with the floor page beside the popup (bench/popup-floor.ts).
  const browser = await launchWithFloorPage(server.port);
  let inBrowser;
  try {
    process.stderr.write('shortlist ');
    inBrowser = await shortlistBench.shortlistInBrowser(browser.context, browser.extensionId, RUNS, entries);
  } finally {
    await browser.close();
  }
  process.stderr.write('node\n');
  return {
    entries: entries.length,
    search: shortlistPopupBench.SEARCH_TEXT,
    ...inBrowser,
    ...shortlistExportBench.timeExports(entries, RUNS),
  };
}
