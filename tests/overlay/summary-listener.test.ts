import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../src/messaging/page-protocol';
import { mountBadge, mountPendingBadge } from '../../src/overlay/badge-host';
import { answerSummaryRequests, type PageAnswers } from '../../src/overlay/summary-listener';

type Listener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (answer: unknown) => void,
) => boolean;

const summary = { site: 'alibaba', page: 'search' } as PageSummary;

/** Wires the listener to a fake runtime; `ask` sends a message as the popup would and collects the answer. */
function listen(page: Partial<PageAnswers> = {}) {
  let listener: Listener | null = null;
  let invalidate = () => {};
  const api = {
    runtime: {
      id: 'our-extension',
      onMessage: {
        addListener: vi.fn((added: Listener) => (listener = added)),
        removeListener: vi.fn(),
      },
    },
  };
  const answers: PageAnswers = {
    summary: () => summary,
    savePageSupplier: vi.fn(async () => ({ key: 'alibaba:acme', name: 'Acme', added: true })),
    ...page,
  };
  answerSummaryRequests(
    { onInvalidated: (callback) => ((invalidate = callback), () => {}) },
    api as unknown as Parameters<typeof answerSummaryRequests>[1],
    answers,
    document,
  );
  const ask = (message: unknown, sender = { id: 'our-extension' }) =>
    new Promise<{ kept: boolean; answer: unknown }>((resolve) => {
      let kept = false;
      const sendResponse = (answer: unknown) => queueMicrotask(() => resolve({ kept, answer }));
      kept = listener!(message, sender, sendResponse);
      if (!kept) queueMicrotask(() => resolve({ kept, answer: undefined }));
    });
  return { api, ask, answers, invalidate: () => invalidate() };
}

function card(key: string) {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const host = mountBadge(anchor, key, { risk: 90, level: 'high', findings: [] }, 'Acme');
  const scrolled = vi.fn();
  (host as HTMLElement).scrollIntoView = scrolled;
  return { host, scrolled, button: host.shadowRoot!.querySelector('button')! };
}

function prefersReducedMotion(reduce: boolean) {
  window.matchMedia = vi.fn(
    (query: string) => ({ matches: reduce && query.includes('reduce') }) as MediaQueryList,
  );
}

beforeEach(() => {
  document.body.replaceChildren();
  prefersReducedMotion(false);
});

describe('the content script answering the popup', () => {
  it('answers page-summary with the current summary, at once', async () => {
    const { ask } = listen();
    expect(await ask({ type: 'page-summary' })).toEqual({ kept: false, answer: summary });
  });

  it('ignores messages from anyone but this extension, and unknown messages', async () => {
    const { ask, answers } = listen();
    expect(await ask({ type: 'save-page-supplier' }, { id: 'someone-else' })).toEqual({
      kept: false,
      answer: undefined,
    });
    expect(await ask({ type: 'delete-everything' })).toEqual({ kept: false, answer: undefined });
    expect(await ask('page-summary')).toEqual({ kept: false, answer: undefined });
    expect(answers.savePageSupplier).not.toHaveBeenCalled();
  });

  it('stops listening when the extension is updated or disabled', () => {
    const { api, invalidate } = listen();
    invalidate();
    expect(api.runtime.onMessage.removeListener).toHaveBeenCalledWith(
      api.runtime.onMessage.addListener.mock.calls[0]![0],
    );
  });
});

describe('scroll-to-card', () => {
  it('scrolls the badge smoothly into view and focuses its button', async () => {
    card('1');
    const target = card('@page-supplier');
    const { ask } = listen();
    expect((await ask({ type: 'scroll-to-card', key: '@page-supplier' })).answer).toEqual({ ok: true });
    expect(target.scrolled).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
    expect(target.host.shadowRoot!.activeElement).toBe(target.button);
  });

  it('jumps without animation for those who prefer reduced motion', async () => {
    prefersReducedMotion(true);
    const target = card('7');
    const { ask } = listen();
    await ask({ type: 'scroll-to-card', key: '7' });
    expect(target.scrolled).toHaveBeenCalledWith({ behavior: 'auto', block: 'center' });
  });

  it('answers ok: false when the card is gone, and treats the key as text, not a selector', async () => {
    const other = card('1');
    const { ask } = listen();
    expect((await ask({ type: 'scroll-to-card', key: '2' })).answer).toEqual({ ok: false });
    expect((await ask({ type: 'scroll-to-card', key: '"], *, ["' })).answer).toEqual({ ok: false });
    expect(other.scrolled).not.toHaveBeenCalled();
  });

  it('scrolls to a card still being checked, which has no button yet', async () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const host = mountPendingBadge(anchor, '9') as HTMLElement;
    host.scrollIntoView = vi.fn();
    const { ask } = listen();
    expect((await ask({ type: 'scroll-to-card', key: '9' })).answer).toEqual({ ok: true });
    expect(host.scrollIntoView).toHaveBeenCalled();
  });
});

describe('save-page-supplier', () => {
  it('keeps the channel open and answers with what was saved', async () => {
    const { ask, answers } = listen();
    expect(await ask({ type: 'save-page-supplier' })).toEqual({
      kept: true,
      answer: { key: 'alibaba:acme', name: 'Acme', added: true },
    });
    expect(answers.savePageSupplier).toHaveBeenCalledOnce();
  });

  it('answers { error } when saving fails', async () => {
    const { ask } = listen({
      savePageSupplier: async () => {
        throw new Error("This page doesn't say which supplier's storefront it belongs to.");
      },
    });
    expect(await ask({ type: 'save-page-supplier' })).toEqual({
      kept: true,
      answer: { error: "This page doesn't say which supplier's storefront it belongs to." },
    });
  });
});
