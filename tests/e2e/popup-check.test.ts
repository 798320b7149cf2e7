import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, suiteBrowser } from './support/suite-browser';

// The popup's "Check a message" box in real Chromium: paste, check, read the verdict.

const suite = suiteBrowser();
const RISKY =
  'Dear friend, Trade Assurance is not available for this order. Please pay by Western Union to my personal account today, or add me on WhatsApp +86 138 0000 0000.';
const DOCS_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-check-message.png', import.meta.url));

describe('the popup: Check a message', () => {
  it('shows the findings for a pasted risky message, with the evidence marked', async () => {
    const { context, extensionId } = suite.browser;
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);

    const input = popup.getByLabel('Paste a message from a supplier');
    await input.fill(RISKY);
    await popup.getByRole('button', { name: 'Check message' }).click();
    const findings = popup.locator('[data-testid=check-findings]');
    await findings.waitFor({ timeout: 5_000 });

    await expect(popup.locator('[data-testid=check-verdict]').textContent()).resolves.toMatch(
      /^\d+ warning signs? in this text\.$/,
    );
    const rules = await popup.locator('.check__finding').count();
    expect(rules).toBeGreaterThan(0);
    const marks = await popup.locator('[data-testid=check-text] mark').allTextContents();
    expect(marks.join(' ')).toMatch(/Western Union|WhatsApp|personal account/i);
    await expect(findings.textContent()).resolves.toContain('Trade Assurance');

    const screenshot = new URL('popup-check.png', SCREENSHOTS).pathname;
    // The whole popup (in Chrome it scrolls past 600 px): header, text box, findings and the marked text.
    await popup.screenshot({ path: screenshot, fullPage: true });
    await copyFile(screenshot, '/tmp/popup-check.png');
    await copyFile(screenshot, DOCS_SCREENSHOT);

    // Changing the text clears the verdict; Ctrl+Enter checks again.
    await input.fill('The samples ship on Monday by DHL.');
    await expect(findings.count()).resolves.toBe(0);
    await input.press('Control+Enter');
    await expect(popup.locator('[data-testid=check-clear]').textContent()).resolves.toContain(
      'No warning signs found in this text.',
    );
    await popup.close();

    const offDevice = suite.browser.requests.filter(
      (address) => !/^(chrome-extension:|http:\/\/127\.0\.0\.1[:/]|data:)/.test(address),
    );
    expect(offDevice).toEqual([]);
  });
});
