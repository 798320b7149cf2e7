// Supplier Radar demo: Chromium with the built extension on the bundled saved pages, each at
// its real Alibaba.com URL (served from 127.0.0.1; nothing reaches the internet).
//   npm run demo            (builds the Chrome extension first)
//   node scripts/demo.mjs   (uses .output/chrome-mv3 as it is)
// With $DISPLAY set a browser window opens and stays open until you close it; without, it runs
// headless and writes screenshots into demo-screenshots/.
//
// The route table, fixture server and launcher are the e2e tests' own (tests/e2e/support/*.ts),
// loaded through tsx so there is one copy of each.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const support = (file) => tsImport(`../tests/e2e/support/${file}`, import.meta.url);
const { ROUTES } = await support('routes.ts');
const { startFixtureServer } = await support('fixture-server.ts');
const { checkPrerequisites, launchWithExtension } = await support('launch.ts');
const { BADGE, badgeLevels, waitForBadges } = await support('cards.ts');
const { openPopupFor } = await support('popup.ts');
const { CHAT_PAGES, NOTE, readNotes, routeChatPages } = await support('chat-pages.ts');

const OUT = fileURLToPath(new URL('../demo-screenshots/', import.meta.url));
const headless = !process.env.DISPLAY;

try {
  checkPrerequisites(true);
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const server = await startFixtureServer();
const browser = await launchWithExtension({ extension: true, port: server.port, headless });
let exitCode = 0;
try {
  if (headless) await mkdir(OUT, { recursive: true });
  console.log(`Supplier Radar ${browser.extensionId}; pages served from 127.0.0.1:${server.port}\n`);
  const opened = new Map();
  for (const [name, route] of Object.entries(ROUTES)) {
    const page = await browser.context.newPage();
    await page.goto(route.url);
    // A challenge page gets no badge; give every other page a moment to show its first.
    await waitForBadges(page, 1, 2_000).catch(() => {});
    opened.set(name, page);
    console.log(`${name.padEnd(18)} ${summarise(await badgeLevels(page))} ${route.title}`);
    console.log(`${''.padEnd(18)} ${route.url}`);
    if (headless) console.log(`${''.padEnd(18)} ${await shoot(page, `${name}.png`)}`);
  }

  const search = opened.get('search');
  const popup = await openPopupFor(browser, search.url());
  const popupText = (await popup.locator('main').innerText()).replace(/\s+/g, ' ').trim();
  console.log(`\npopup (search tab)  ${popupText}`);
  if (headless) console.log(`${''.padEnd(18)}  ${await shoot(popup, 'popup-search.png')}`);

  await search.bringToFront();
  const badge = search.locator(`${BADGE} button.sr-badge`).nth(1);
  await badge.click();
  const panel = search.locator(`${BADGE} .sr-panel[role=dialog]`);
  await panel.waitFor({ state: 'visible', timeout: 3_000 });
  const findings = await panel.locator('li.sr-finding .sr-finding__text').allInnerTexts();
  console.log(`\nbadge panel         ${await badge.innerText()}: ${findings.join(' | ')}`);
  if (headless) console.log(`${''.padEnd(18)}  ${await shoot(search, 'badge-panel.png')}`);

  // The shortlist: saved from that badge's details, then listed in the popup.
  await panel.locator('.sr-shortlist__save').click();
  const saved = panel.locator('.sr-shortlist__result');
  await saved.filter({ hasText: /Saved|Already/ }).waitFor({ timeout: 3_000 });
  console.log(`
shortlist           ${(await saved.innerText()).trim()}`);
  const shortlistPopup = await openPopupFor(browser, search.url());
  const row = shortlistPopup.locator('[role=listbox] [role=option]').first();
  await row.waitFor({ timeout: 5_000 });
  console.log(`popup shortlist     ${(await row.innerText()).replace(/\s+/g, ' ').trim()}`);
  await row.click();
  await shortlistPopup.locator('[data-testid=entry-detail]').waitFor({ timeout: 3_000 });
  if (headless) console.log(`${''.padEnd(18)}  ${await shoot(shortlistPopup, 'popup-shortlist-entry.png')}`);

  // The chat guard: a messenger conversation (served at its https URL by the e2e tests' routing).
  await routeChatPages(browser.context);
  const chat = await browser.context.newPage();
  await chat.goto(CHAT_PAGES.risky.url);
  await chat.locator(NOTE).first().waitFor({ timeout: 5_000 });
  const notes = await readNotes(chat);
  console.log(
    `\nchat (risky)        ${notes.length} messages marked (${notes.map((n) => n.severity).join(', ')})`,
  );
  for (const note of notes) console.log(`${''.padEnd(20)}"${note.row}…"`);
  console.log(`${''.padEnd(18)}  ${CHAT_PAGES.risky.url}`);
  if (headless) console.log(`${''.padEnd(18)}  ${await shoot(chat, 'chat-risky.png')}`);

  if (!headless) {
    console.log('\nThe browser stays open: close its window (or press Ctrl-C) to stop.');
    await new Promise((resolve) => {
      browser.context.once('close', resolve);
      process.once('SIGINT', resolve);
    });
  }
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.stack : String(error)}`);
  exitCode = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
process.exit(exitCode);

/** "48 badges: 3 high, 10 medium, 35 low" from badge counts by level. */
function summarise(levels) {
  const total = Object.values(levels).reduce((sum, count) => sum + count, 0);
  const parts = ['high', 'medium', 'low', 'unknown']
    .filter((level) => levels[level])
    .map((level) => `${levels[level]} ${level}`);
  const counted = `${total} ${total === 1 ? 'badge' : 'badges'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  return counted.padEnd(28);
}

async function shoot(page, file) {
  const path = `${OUT}${file}`;
  await page.screenshot({ path });
  return path;
}
