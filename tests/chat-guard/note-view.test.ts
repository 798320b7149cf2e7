import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/chat-guard/note-view';
import type { ChatFinding } from '../../src/signals/chat';

const finding = (overrides: Partial<ChatFinding>): ChatFinding => ({
  rule: 'off-platform-payment',
  severity: 'danger',
  message: 'Asks for payment outside Alibaba.com',
  evidence: 'western union',
  advice: 'Pay only through Trade Assurance.',
  ...overrides,
});

describe('the note beside a risky message', () => {
  it('says what was found and what to do, dangers first, each once', () => {
    const note = buildNote(document, {
      subject: 'supplier',
      text: 'Add me on WhatsApp and pay by Western Union',
      findings: [
        finding({
          rule: 'off-platform-contact',
          severity: 'warning',
          message: 'Moves the chat to WhatsApp',
          evidence: 'whatsapp',
          advice: 'Keep talking here.',
        }),
        finding({}),
        finding({}),
      ],
      actions: [],
    });
    expect(note.className).toBe('note note--danger');
    expect(note.querySelector('.headline')?.textContent).toBe('Careful with this message');
    expect(Array.from(note.querySelectorAll('.finding'), (item) => item.getAttribute('data-rule'))).toEqual([
      'off-platform-payment',
      'off-platform-contact',
    ]);
    expect(Array.from(note.querySelectorAll('.quote mark'), (mark) => mark.textContent)).toEqual([
      'WhatsApp',
      'Western Union',
    ]);
    expect(note.querySelector('.finding__advice')?.textContent).toBe(
      'What to do: Pay only through Trade Assurance.',
    );
    expect(note.querySelector('.actions button')).toBeNull();
    expect(note.querySelector('.actions .brand')?.textContent).toBe('Supplier Radar');
  });

  it('puts page text and background text in as text, never as markup', () => {
    const note = buildNote(document, {
      subject: 'buyer',
      text: '<img src=x onerror=alert(1)> pay by Western Union',
      findings: [
        finding({ message: '<b>bold</b>', advice: '<script>x()</script>', evidence: '<i>western union</i>' }),
      ],
      actions: [],
    });
    expect(note.querySelector('img, b, script, i')).toBeNull();
    expect(note.querySelector('.quote')?.textContent).toBe(
      '<img src=x onerror=alert(1)> pay by Western Union',
    );
    expect(note.querySelector('.finding__what')?.textContent).toBe('<b>bold</b>');
    // Evidence not in the text is shown apart, marked.
    expect(note.querySelector('.finding__evidence mark')?.textContent).toBe('<i>western union</i>');
    expect(note.querySelector('.headline')?.textContent).toBe('Careful: your message');
  });

  it('lets right-to-left words (Arabic) keep their direction in the quote', () => {
    const note = buildNote(document, {
      subject: 'supplier',
      text: 'الرجاء الدفع مباشرة إلى حسابنا البنكي',
      findings: [finding({ evidence: 'الدفع مباشرة' })],
      actions: [],
    });
    const quote = note.querySelector('.quote')!;
    expect(quote.getAttribute('dir')).toBe('auto');
    expect(quote.querySelector('mark')?.textContent).toBe('الدفع مباشرة');
  });

  it('calls its actions', () => {
    let clicks = 0;
    const note = buildNote(document, {
      subject: 'draft',
      text: 'pay by western union',
      findings: [finding({ severity: 'warning' })],
      actions: [{ label: 'I know this sender', ariaLabel: 'hide', onClick: () => clicks++ }],
    });
    const button = note.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('hide');
    button.click();
    expect(clicks).toBe(1);
    expect(note.className).toBe('note note--warning');
    // A draft is the buyer's own words: no quote, the evidence shown with its finding.
    expect(note.querySelector('.quote')).toBeNull();
    expect(note.querySelector('.finding__evidence mark')?.textContent).toBe('western union');
  });
});
