import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../../src/messaging/page-protocol';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { makeEntry } from '../../support/shortlist-entries';
import { fakeDeps, fakeShortlist, held, searchSummary } from './fake-deps';
import { click, flush, mount, popupRoot } from './render';

const root = popupRoot();
const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

const riskySummary: PageSummary = {
  ...searchSummary,
  riskiest: [
    {
      key: '1600000001',
      title: 'Bubble sofa <b>3 seater</b>',
      subject: 'Foshan Acme',
      level: 'high',
      finding: 'Asks for payment by Western Union',
    },
    { key: '@page-supplier', title: null, subject: 'Shop 2', level: 'medium', finding: null },
  ],
};

const productSummary: PageSummary = {
  ...searchSummary,
  page: 'product',
  pageSupplier: { key: 'alibaba:acme', name: 'Acme Lighting Co.' },
};

function withTab(summary: PageSummary, overrides = {}, entries = [makeEntry(1)]) {
  return fakeDeps({ tab: async () => ({ kind: 'summary', summary }), ...overrides }, entries);
}

const riskyRows = () => Array.from(root.querySelectorAll<HTMLButtonElement>('.riskiest__row'));
const saveButton = () => root.querySelector<HTMLButtonElement>('[data-testid="save-supplier"] button');

describe('the riskiest cards on this page', () => {
  it('lists each with its level, what it is and its top finding, page text as text', async () => {
    await mount(root, <PopupApp deps={withTab(riskySummary)} />);
    expect(riskyRows().map((row) => row.textContent)).toEqual([
      'High riskBubble sofa <b>3 seater</b> · Foshan AcmeAsks for payment by Western Union',
      'Medium riskShop 2',
    ]);
    expect(root.querySelector('.riskiest b')).toBeNull();
  });

  it('asks the page to scroll to the card that was clicked, and says so', async () => {
    const deps = withTab(riskySummary);
    await mount(root, <PopupApp deps={deps} />);
    click(riskyRows()[1]);
    await flush();
    expect(deps.sendToTab).toHaveBeenCalledWith({ type: 'scroll-to-card', key: '@page-supplier' });
    expect(text('riskiest-status')).toBe('Showing Shop 2 on the page.');
  });

  it('makes each row a button, which Tab reaches and Enter and Space press', async () => {
    await mount(root, <PopupApp deps={withTab(riskySummary)} />);
    expect(riskyRows().map((row) => [row.localName, row.type, row.tabIndex])).toEqual([
      ['button', 'button', 0],
      ['button', 'button', 0],
    ]);
  });

  it('says when the card is no longer on the page, or the page cannot be reached', async () => {
    const sendToTab = vi.fn().mockResolvedValueOnce({ ok: false }).mockRejectedValueOnce(new Error('gone'));
    await mount(root, <PopupApp deps={withTab(riskySummary, { sendToTab })} />);
    click(riskyRows()[0]);
    await flush();
    expect(text('riskiest-status')).toBe('Bubble sofa <b>3 seater</b> is no longer on the page.');
    click(riskyRows()[0]);
    await flush();
    expect(text('riskiest-status')).toContain("Couldn't reach the page");
  });
});

describe('saving the page supplier', () => {
  // The popup imports the answer's schema on first use; loaded here, so no test's flush races the module loader.
  beforeAll(() => import('../../../src/messaging/protocol'));

  it('is offered only when the page is about one supplier', async () => {
    await mount(root, <PopupApp deps={withTab(searchSummary)} />);
    expect(saveButton()).toBeNull();
    await mount(root, <PopupApp deps={withTab(productSummary)} />);
    expect(saveButton()?.textContent).toBe('Save supplier to shortlist');
    expect(text('save-supplier')).toContain('Acme Lighting Co.');
  });

  it('asks the page to save it, says "Saved" and reads the shortlist again', async () => {
    const answer = held<unknown>();
    const { access } = fakeShortlist([makeEntry(1)]);
    const deps = withTab(productSummary, { sendToTab: vi.fn(() => answer.promise), shortlist: access });
    await mount(root, <PopupApp deps={deps} />);
    const reads = access.all.mock.calls.length;
    click(saveButton());
    await flush();
    expect(deps.sendToTab).toHaveBeenCalledWith({ type: 'save-page-supplier' });
    expect(saveButton()?.disabled).toBe(true);
    expect(saveButton()?.textContent).toBe('Saving…');
    answer.resolve({ key: 'alibaba:acme', name: 'Acme Lighting Co.', added: true });
    await flush();
    expect(text('save-status')).toBe('Saved');
    expect(saveButton()?.disabled).toBe(false);
    expect(access.all.mock.calls.length).toBe(reads + 1);
  });

  it('says when the supplier was already on the shortlist and was refreshed', async () => {
    const sendToTab = vi.fn(async () => ({ key: 'alibaba:acme', name: 'Acme', added: false }));
    await mount(root, <PopupApp deps={withTab(productSummary, { sendToTab })} />);
    click(saveButton());
    await flush();
    expect(text('save-status')).toBe('Already on your shortlist — refreshed');
  });

  it.each([
    [
      'the background refused',
      { error: 'background refused: {"error":"Storage is full"}' },
      'Storage is full',
    ],
    ['the page could not say who', { error: "This page doesn't say" }, "This page doesn't say"],
    ['an answer that is not a save', { saved: 'yes' }, 'gave no answer'],
  ])('shows why it could not save when %s', async (_why, answer, words) => {
    await mount(root, <PopupApp deps={withTab(productSummary, { sendToTab: vi.fn(async () => answer) })} />);
    click(saveButton());
    await flush();
    expect(text('save-status')).toContain("Couldn't save");
    expect(text('save-status')).toContain(words);
    expect(text('save-status')).not.toContain('background refused');
  });

  it('shows why when the page cannot be reached', async () => {
    const sendToTab = vi.fn(async () => {
      throw new Error('Receiving end does not exist');
    });
    await mount(root, <PopupApp deps={withTab(productSummary, { sendToTab })} />);
    click(saveButton());
    await flush();
    expect(text('save-status')).toContain('Receiving end does not exist');
  });
});
