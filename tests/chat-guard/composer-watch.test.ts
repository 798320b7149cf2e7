import { describe, expect, it } from 'vitest';
import { ChatGuard } from '../../src/chat-guard/chat-guard';
import { DRAFT_DEBOUNCE_MS } from '../../src/chat-guard/composer-watch';
import { RISKY_URL, benignPage, fakeBackground, fakeDeps, riskyPage, settle } from './fake-background';

function start(doc = riskyPage(), background = fakeBackground()) {
  const { deps, timers } = fakeDeps(background, RISKY_URL);
  const guard = new ChatGuard(doc, deps);
  guard.start();
  return { doc, background, timers, guard };
}

/** What a person typing does to a textarea or a contenteditable: change it, then an input event. */
function type(composer: Element, text: string): Event {
  if (composer.localName === 'textarea') (composer as HTMLTextAreaElement).value = text;
  else composer.textContent = text;
  const event = new Event('input', { bubbles: true, cancelable: true });
  composer.dispatchEvent(event);
  return event;
}

const draftNote = (doc: Document) => doc.querySelector('supplier-radar-chat[data-role="draft"]');
const drafts = (background: ReturnType<typeof fakeBackground>) =>
  background.requests
    .filter((request) => request.messages[0]?.id === 'draft')
    .map((request) => request.messages[0]);

describe('composer warning', () => {
  it('warns beside the composer once typing pauses, and never touches the draft or the send button', async () => {
    const { doc, background, timers } = start();
    await settle();
    const composer = doc.querySelector('.send-textarea')!;
    const event = type(composer, 'I will pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS - 1);
    await settle();
    expect(drafts(background)).toEqual([]);
    timers.advance(1);
    await settle();
    expect(drafts(background)).toEqual([{ id: 'draft', from: 'buyer', text: 'I will pay by Western Union' }]);
    const note = draftNote(doc)!;
    expect(note.nextElementSibling?.id).toBe('send-box-wrapper');
    expect(note.shadowRoot?.textContent).toContain('Before you send this');
    // The words as the buyer wrote them.
    expect(note.shadowRoot?.querySelector('mark')?.textContent).toBe('Western Union');
    expect(note.shadowRoot?.querySelector('.finding__advice')?.textContent).toBe(
      'What to do: Advice for off-platform-payment',
    );
    expect(event.defaultPrevented).toBe(false);
    expect((composer as HTMLTextAreaElement).value).toBe('I will pay by Western Union');
    expect(doc.querySelector('.send-tool-button')?.hasAttribute('disabled')).toBe(false);
  });

  it('checks once per pause, not per key', async () => {
    const { doc, background, timers } = start();
    const composer = doc.querySelector('.send-textarea')!;
    for (const text of ['I', 'I will', 'I will pay', 'I will pay by WhatsApp']) {
      type(composer, text);
      timers.advance(100);
    }
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(drafts(background).map((draft) => draft?.text)).toEqual(['I will pay by WhatsApp']);
  });

  it('takes the warning away when the draft is sent (the page empties the composer) or made harmless', async () => {
    const { doc, timers } = start();
    const composer = doc.querySelector('.send-textarea') as HTMLTextAreaElement;
    type(composer, 'Add me on WhatsApp please');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(draftNote(doc)).not.toBeNull();
    // The page sends: it empties the textarea by script (no input event) and draws the new row.
    composer.value = '';
    doc.querySelector('.scrollbar-box')!.append(doc.createElement('div'));
    await settle();
    expect(draftNote(doc)).toBeNull();

    type(composer, 'Add me on WhatsApp please');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    type(composer, 'See you on Alibaba');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(draftNote(doc)).toBeNull();
  });

  it('stays hidden after "Hide" until the draft is sent', async () => {
    const { doc, timers } = start();
    const composer = doc.querySelector('.send-textarea') as HTMLTextAreaElement;
    type(composer, 'pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    (draftNote(doc)!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(draftNote(doc)).toBeNull();
    type(composer, 'pay by Western Union today');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(draftNote(doc)).toBeNull();
    type(composer, '');
    timers.advance(DRAFT_DEBOUNCE_MS);
    type(composer, 'pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(draftNote(doc)).not.toBeNull();
  });

  it('ignores an answer for a draft the buyer has typed on from', async () => {
    const background = fakeBackground();
    const realAnswer = background.answer;
    let release: () => void = () => {};
    background.answer = async (request) => {
      if (request.messages[0]?.text === 'pay by Western Union')
        await new Promise<void>((resolve) => (release = resolve));
      return realAnswer(request);
    };
    const { doc, timers } = start(riskyPage(), background);
    const composer = doc.querySelector('.send-textarea')!;
    type(composer, 'pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    type(composer, 'pay through Trade Assurance');
    release();
    await settle();
    expect(draftNote(doc)).toBeNull();
  });

  it('works with a contenteditable composer', async () => {
    const { doc, timers } = start(benignPage());
    type(doc.querySelector('.send-textarea')!, 'Our new account is below');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(draftNote(doc)?.shadowRoot?.querySelector('mark')?.textContent).toBe('new account');
  });

  it('leaves the page as it was when the background fails, and ignores typing elsewhere', async () => {
    const background = fakeBackground();
    background.answer = () => Promise.reject(new Error('background refused'));
    const { doc, timers } = start(riskyPage(), background);
    await settle();
    type(doc.querySelector('.send-textarea')!, 'pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(draftNote(doc)).toBeNull();
    const search = doc.createElement('textarea');
    doc.body.append(search);
    const asked = background.requests.length;
    type(search, 'pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(background.requests).toHaveLength(asked);
  });

  it('stops listening when the guard stops', async () => {
    const { doc, background, timers, guard } = start();
    await settle();
    guard.dispose();
    const asked = background.requests.length;
    type(doc.querySelector('.send-textarea')!, 'pay by Western Union');
    timers.advance(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(background.requests).toHaveLength(asked);
    expect(draftNote(doc)).toBeNull();
  });
});
