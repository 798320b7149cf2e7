import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runChatGuard } from '../../src/chat-guard/run-chat-guard';
import { readFixture } from '../support/saved-pages';
import { RISKY_URL, fakeFindings, settle } from './fake-background';

// The wiring as the content script runs it: WXT's context, the typed client and a background
// (the fake browser's onMessage) answering check-chat and chat-dismissal.

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

function showPage(url: string, html: string): void {
  happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
}

function answerLikeTheBackground(): string[] {
  const asked: string[] = [];
  // As entrypoints/background.ts answers: through sendResponse.
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      const request = message as { type: string; messages?: Array<{ id: string; text: string }> };
      if (request.type === 'chat-dismissal') sendResponse({ dismissed: false });
      if (request.type !== 'check-chat') return true;
      asked.push(...(request.messages ?? []).map((item) => item.text));
      sendResponse({
        messages: (request.messages ?? []).map((item) => ({
          id: item.id,
          findings: fakeFindings(item.text),
        })),
      });
      return true;
    },
  );
  return asked;
}

const notes = () => document.querySelectorAll('supplier-radar-chat[data-role="message"]');

afterEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('runChatGuard', () => {
  it('marks the risky rows of a messenger page through the extension messaging', async () => {
    showPage(RISKY_URL, readFixture('chat-risky-messenger.html'));
    const asked = answerLikeTheBackground();
    const ctx = new ContentScriptContext('alibaba-chat');
    runChatGuard(ctx);
    await settle(10);
    expect(asked).toHaveLength(9);
    expect(notes()).toHaveLength(6);
    ctx.notifyInvalidated();
  });

  it('stops watching and takes its notes away when the extension context is invalidated', async () => {
    showPage(RISKY_URL, readFixture('chat-risky-messenger.html'));
    const asked = answerLikeTheBackground();
    const ctx = new ContentScriptContext('alibaba-chat');
    runChatGuard(ctx);
    await settle(10);
    expect(notes()).toHaveLength(6);
    ctx.notifyInvalidated();
    expect(notes()).toHaveLength(0);
    const row = document.querySelector('.message-item-wrapper.item-left')!.cloneNode(true) as Element;
    row.querySelector('.session-rich-content.text')!.textContent = 'Now pay by Western Union';
    document.querySelector('.scrollbar-box')!.append(row);
    await settle(10);
    expect(asked).toHaveLength(9);
    expect(notes()).toHaveLength(0);
  });

  it('does nothing on a page that is not a chat', async () => {
    showPage(
      'https://message.alibaba.com/msgsend/contact.htm?action=contact_action',
      readFixture('chat-risky-messenger.html'),
    );
    const asked = answerLikeTheBackground();
    const ctx = new ContentScriptContext('alibaba-chat');
    runChatGuard(ctx);
    await settle(10);
    expect(asked).toEqual([]);
    expect(notes()).toHaveLength(0);
    ctx.notifyInvalidated();
  });
});
