import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatFinding } from '../../src/signals/chat';
import { CheckMessage } from '../../src/ui/popup/CheckMessage';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { fakeDeps } from './popup/fake-deps';
import { flush } from './popup/render';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const WU: ChatFinding = {
  rule: 'off-platform-payment',
  severity: 'danger',
  message: 'Asks you to pay by Western Union',
  evidence: 'western union',
  advice: 'Pay only through the Trade Assurance order. Alibaba never asks you to pay a personal account.',
};
const WA: ChatFinding = {
  rule: 'off-platform-contact',
  severity: 'warning',
  message: 'Asks to move the chat to WhatsApp',
  evidence: 'whatsapp',
  advice: 'Keep the conversation on Alibaba.com: it is your evidence in a dispute.',
};

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const testId = (id: string) => $(`[data-testid="${id}"]`);

function type(text: string) {
  const input = $<HTMLTextAreaElement>('textarea')!;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const submit = () => act(() => $<HTMLButtonElement>('button[type="submit"]')!.click());

describe('CheckMessage', () => {
  it('is a labelled form: a named section, a labelled text box with a hint, a live verdict', () => {
    act(() => render(<CheckMessage detect={() => []} />, root));
    const section = $('section')!;
    expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Check a message',
    );
    const input = $<HTMLTextAreaElement>('textarea')!;
    expect($(`label[for="${input.id}"]`)?.textContent).toContain('Paste a message');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toContain(
      'nothing is sent',
    );
    expect(testId('check-verdict')?.getAttribute('aria-live')).toBe('polite');
    expect(testId('check-verdict')?.textContent).toBe('');
  });

  it('asks for text when checking an empty box, without calling the detector', () => {
    const detect = vi.fn(() => []);
    act(() => render(<CheckMessage detect={detect} />, root));
    type('   \n ');
    submit();
    expect(testId('check-verdict')?.textContent).toBe('Paste or type a message first.');
    expect(detect).not.toHaveBeenCalled();
  });

  it('shows each finding with its evidence and advice, and the text with the evidence marked', () => {
    const text = 'Please pay by Western Union <b>now</b>, or add me on WhatsApp.';
    act(() => render(<CheckMessage detect={() => [WU, WA]} />, root));
    type(text);
    submit();
    expect(testId('check-verdict')?.textContent).toBe('2 warning signs in this text.');
    const items = Array.from(root.querySelectorAll('.check__finding'));
    expect(items.map((li) => li.querySelector('.check__message')?.textContent)).toEqual([
      WU.message,
      WA.message,
    ]);
    expect(items[0]?.querySelector('.check__evidence')?.textContent).toBe('Found: Western Union');
    expect(items[0]?.querySelector('.check__advice')?.textContent).toBe(WU.advice);
    expect(items[1]?.querySelector('.check__advice')?.textContent).toBe(WA.advice);
    const shown = testId('check-text')!;
    expect(shown.getAttribute('dir')).toBe('auto');
    expect(shown.textContent).toBe(text);
    expect(Array.from(shown.querySelectorAll('mark'), (m) => m.textContent)).toEqual([
      'Western Union',
      'WhatsApp',
    ]);
    // Pasted markup stays text.
    expect(shown.querySelector('b')).toBeNull();
  });

  it('says advice shared by two findings once', () => {
    act(() => render(<CheckMessage detect={() => [WU, { ...WA, advice: WU.advice }]} />, root));
    type('Western Union, WhatsApp');
    submit();
    expect(root.querySelectorAll('.check__advice')).toHaveLength(1);
  });

  it('notes evidence the text does not show as written', () => {
    act(() => render(<CheckMessage detect={() => [{ ...WU, evidence: 'btc' }]} />, root));
    type('pay in ВТС');
    submit();
    expect($('.check__evidence')?.textContent).toBe('Found: btc (written in disguise)');
    expect(testId('check-text')?.querySelector('mark')).toBeNull();
  });

  it('gives a clean result that does not over-promise', () => {
    act(() => render(<CheckMessage detect={() => []} />, root));
    type('The samples ship on Monday.');
    submit();
    expect(testId('check-verdict')?.textContent).toBe(
      'No warning signs found in this text. Still pay only through the Trade Assurance order.',
    );
    expect(testId('check-findings')).toBeNull();
  });

  it('checks only the first 20,000 characters of a long paste, and says so', () => {
    const detect = vi.fn((_text: string): ChatFinding[] => []);
    act(() => render(<CheckMessage detect={detect} />, root));
    type('a'.repeat(19_999) + '🙂' + 'b'.repeat(5_000));
    submit();
    expect(detect).toHaveBeenCalledTimes(1);
    expect(detect.mock.calls[0]![0]).toHaveLength(19_999);
    expect(testId('check-clear')?.textContent).toBe(
      'No warning signs found in the first 20,000 characters. Still pay only through the Trade Assurance order.',
    );
    expect(testId('check-cut')?.textContent).toBe(
      'Only the first 20,000 characters were checked; the text has 25,001.',
    );
  });

  it('clears the verdict when the text changes, so it never describes other words', () => {
    act(() => render(<CheckMessage detect={() => [WU]} />, root));
    type('Western Union');
    submit();
    expect(testId('check-findings')).not.toBeNull();
    type('Western Union please');
    expect(testId('check-verdict')?.textContent).toBe('');
    expect(testId('check-findings')).toBeNull();
  });

  it('checks on Ctrl+Enter in the text box', () => {
    act(() => render(<CheckMessage detect={() => []} />, root));
    type('hello');
    act(() => {
      $('textarea')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    expect(testId('check-clear')).not.toBeNull();
  });
});

describe('CheckMessage with the chat guard', () => {
  it('flags a request to pay by Western Union to a personal account', () => {
    act(() => render(<CheckMessage />, root));
    type('Please pay by Western Union to my personal account');
    submit();
    expect(root.querySelectorAll('.check__finding').length).toBeGreaterThan(0);
    expect(testId('check-text')?.querySelector('mark')).not.toBeNull();
    expect(root.textContent).toContain('Trade Assurance');
  });

  it('sits in the popup under the page summary', async () => {
    act(() => render(<PopupApp deps={fakeDeps({ tab: async () => ({ kind: 'not-marketplace' }) })} />, root));
    await flush();
    type('add me on WhatsApp +86 138 0000 0000');
    submit();
    expect(testId('check-findings')).not.toBeNull();
  });
});
