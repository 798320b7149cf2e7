import { describe, expect, it } from 'vitest';
import { BADGE_TAG, badgeIn, mountBadge, removeAllBadges } from '../../src/overlay/badge-host';

describe('badge host', () => {
  it('isolates the badge in a shadow root with its own styles', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    expect(badgeIn(anchor)).toBeNull();
    const host = mountBadge(anchor, '42', { risk: 5, level: 'low', findings: [] }, 'Acme');
    expect(badgeIn(anchor)).not.toBeNull();
    expect(host.localName).toBe(BADGE_TAG);
    expect(host.getAttribute('data-level')).toBe('low');
    const shadow = host.shadowRoot!;
    const css = [
      shadow.querySelector('style')?.textContent ?? '',
      ...shadow.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)),
    ].join('\n');
    expect(css).toContain(':host');
    expect(host.shadowRoot?.querySelector('button.sr-badge')?.textContent).toContain('Low risk');
    expect(anchor.textContent).toBe('');
  });

  it('keeps clicks on the badge from reaching the card', () => {
    const card = document.createElement('a');
    let cardClicks = 0;
    card.addEventListener('click', () => cardClicks++);
    document.body.append(card);
    const host = mountBadge(card, '1', { risk: 90, level: 'high', findings: [] }, null);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    (host.shadowRoot!.querySelector('button') as HTMLButtonElement).dispatchEvent(click);
    expect(cardClicks).toBe(0);
    // A badge inside a card's link must not follow it.
    expect(click.defaultPrevented).toBe(true);
  });

  it('removes every badge', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor);
    mountBadge(anchor, '1', { risk: null, level: 'unknown', findings: [] }, null);
    removeAllBadges(document);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });
});
