import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/chat-guard/highlight';

const marked = (text: string, evidence: string[]) =>
  highlight(text, evidence)
    .segments.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlight', () => {
  it('marks the evidence where it is, whatever its case', () => {
    expect(marked('Please pay by Western Union today', ['western union'])).toBe(
      'Please pay by [Western Union] today',
    );
  });

  it('finds evidence the detector read through spacing, dots and zero-width characters', () => {
    expect(marked('pay by W.e.s.t.e.r.n U n i o n ok', ['western union'])).toBe(
      'pay by [W.e.s.t.e.r.n U n i o n] ok',
    );
    expect(marked('add me on whats\u200bapp', ['whatsapp'])).toBe('add me on [whats\u200bapp]');
  });

  it('marks several pieces of evidence, merging overlaps, in Chinese too', () => {
    expect(marked('加我微信，付到新账户', ['微信', '新账户', '新账'])).toBe('加我[微信]，付到[新账户]');
  });

  it('gives back evidence it cannot find, to be shown apart', () => {
    expect(highlight('pay by Wеstern Union', ['western union'])).toEqual({
      segments: [{ text: 'pay by Wеstern Union', marked: false }],
      unplaced: ['western union'],
    });
  });

  it('shows a long message as the evidence with some words around it', () => {
    const text = `${'a'.repeat(300)} pay by Western Union ${'b'.repeat(300)}`;
    const shown = marked(text, ['western union']);
    expect(shown).toBe(`…${'a'.repeat(32)} pay by [Western Union] ${'b'.repeat(39)}…`);
  });

  it('treats evidence as text, not as a pattern', () => {
    expect(marked('price (US $6.80) ok', ['(us $6.80)'])).toBe('price [(US $6.80)] ok');
    expect(marked('a.b', ['.*'])).toBe('a.b');
  });
});
