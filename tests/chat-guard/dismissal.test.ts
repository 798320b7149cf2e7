import { describe, expect, it } from 'vitest';
import { ChatGuard } from '../../src/chat-guard/chat-guard';
import {
  RISKY_CONVERSATION,
  RISKY_URL,
  fakeBackground,
  fakeDeps,
  notesOn,
  riskyPage,
  settle,
} from './fake-background';

function start(background = fakeBackground(), doc = riskyPage()) {
  const { deps } = fakeDeps(background, RISKY_URL);
  const guard = new ChatGuard(doc, deps);
  guard.start();
  return { doc, background, guard };
}

const undoHosts = (doc: Document) => doc.querySelectorAll('supplier-radar-chat[data-role="undo"]');
const click = (button: Element | null | undefined) =>
  (button as HTMLButtonElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

describe('"I know this sender"', () => {
  it('hides every note of the conversation, remembers it in the background, and offers a way back', async () => {
    const { doc, background } = start();
    await settle();
    const first = doc.querySelector('supplier-radar-chat[data-role="message"]')!;
    click(first.shadowRoot!.querySelector('button'));
    await settle();
    expect(background.dismissals).toContainEqual({ conversation: RISKY_CONVERSATION, dismissed: true });
    const notes = notesOn(doc);
    expect(notes.length).toBeGreaterThan(1);
    expect(notes.every((note) => note.dismissed)).toBe(true);
    // The way back sits in the conversation's header, and has the keyboard focus.
    const undo = undoHosts(doc);
    expect(undo).toHaveLength(1);
    expect(undo[0]?.parentElement?.className).toBe('content-header');
    expect(undo[0]?.shadowRoot?.textContent).toContain('warnings hidden in this chat');
    expect(undo[0]?.shadowRoot?.activeElement?.textContent).toBe('Show warnings');

    click(undo[0]?.shadowRoot?.querySelector('button'));
    await settle();
    expect(background.dismissals.at(-1)).toEqual({ conversation: RISKY_CONVERSATION, dismissed: false });
    expect(notesOn(doc).every((note) => !note.dismissed)).toBe(true);
    expect(undoHosts(doc)).toHaveLength(0);
  });

  it('draws the notes hidden, with the way back, when the background remembers the choice (another visit)', async () => {
    const { doc, background } = start(fakeBackground({ dismissed: true }));
    await settle();
    expect(background.dismissals[0]).toEqual({ conversation: RISKY_CONVERSATION });
    const notes = notesOn(doc);
    expect(notes).toHaveLength(6);
    expect(notes.every((note) => note.dismissed)).toBe(true);
    expect(undoHosts(doc)).toHaveLength(1);
  });

  it('keeps hidden notes hidden when their rows are re-rendered', async () => {
    const { doc } = start(fakeBackground({ dismissed: true }));
    await settle();
    const row = doc
      .querySelector('supplier-radar-chat[data-role="message"]')!
      .closest('.message-item-wrapper')!;
    row.replaceWith(row.cloneNode(true));
    await settle();
    expect(notesOn(doc).every((note) => note.dismissed)).toBe(true);
    expect(notesOn(doc)).toHaveLength(6);
  });

  it('changes nothing when the background refuses to remember', async () => {
    const background = fakeBackground();
    const { doc } = start(background);
    await settle();
    background.refuseDismissal = true;
    click(doc.querySelector('supplier-radar-chat')!.shadowRoot!.querySelector('button'));
    await settle();
    expect(notesOn(doc).every((note) => !note.dismissed)).toBe(true);
    expect(undoHosts(doc)).toHaveLength(0);
  });

  it('shows the notes when the background cannot say (a refused read counts as not dismissed)', async () => {
    const background = fakeBackground({ dismissed: true });
    background.refuseDismissal = true;
    const { doc } = start(background);
    await settle();
    expect(notesOn(doc)).toHaveLength(6);
    expect(notesOn(doc).every((note) => !note.dismissed)).toBe(true);
  });

  it('puts the way back back when the page redraws its header', async () => {
    const { doc } = start(fakeBackground({ dismissed: true }));
    await settle();
    const header = doc.querySelector('.content-header')!;
    const fresh = header.cloneNode(false) as Element;
    fresh.append(
      ...Array.from(header.childNodes).filter(
        (node) => node.nodeName.toLowerCase() !== 'supplier-radar-chat',
      ),
    );
    header.replaceWith(fresh);
    await settle();
    expect(undoHosts(doc)).toHaveLength(1);
    expect(undoHosts(doc)[0]?.parentElement).toBe(fresh);
  });

  it('offers no "I know this sender" where the page names no conversation', async () => {
    const doc = riskyPage();
    doc.querySelector('.content-header')!.remove();
    const background = fakeBackground();
    const { deps } = fakeDeps(background, 'https://onetalk.alibaba.com/message/weblite.htm#/');
    new ChatGuard(doc, deps).start();
    await settle();
    expect(background.requests[0]?.conversation).toBe('page:onetalk.alibaba.com/message/weblite.htm');
    const notes = Array.from(doc.querySelectorAll('supplier-radar-chat'));
    expect(notes.length).toBeGreaterThan(0);
    for (const host of notes) expect(host.shadowRoot?.querySelector('button')).toBeNull();
  });
});
