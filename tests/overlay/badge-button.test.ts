import { afterEach, describe, expect, it } from 'vitest';
import { appendBadgeButton } from '../../src/overlay/badge-button';
import type { Assessment } from '../../src/signals/assessment';

const risky: Assessment = {
  risk: 78,
  level: 'high',
  findings: [
    {
      rule: 'years-on-platform',
      severity: 'warning',
      tone: 'concern',
      message: 'On Alibaba.com for 1 year',
      evidence: '1 yr',
    },
    {
      rule: 'off-platform-payment-terms',
      severity: 'danger',
      tone: 'concern',
      message: 'Listing offers <img src=x onerror=alert(1)> as payment terms',
    },
    { rule: 'response-time', severity: 'info', tone: 'good', message: 'Response time ≤2h' },
  ],
};

/** Opening is asynchronous (the panel may still be loading). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let host: HTMLElement;
afterEach(() => host?.remove());

function mount(assessment: Assessment, caption?: string) {
  host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  appendBadgeButton(shadow, { assessment, subject: 'Shenzhen Acme Co., Ltd.', id: 'p1', caption });
  return { shadow, button: shadow.querySelector('button.sr-badge') as HTMLButtonElement };
}

describe('badge button', () => {
  it('is a labelled, collapsed button showing the level', async () => {
    const { shadow, button } = mount(risky);
    expect(button.textContent).toBe('High risk');
    expect(button.getAttribute('aria-label')).toBe('Supplier Radar: High risk. Show why');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('p1-popover');
    expect(shadow.querySelector('.sr-panel')).toBeNull();
  });

  it('says what it is about when it has a caption', async () => {
    const { button } = mount(risky, 'Supplier');
    expect(button.textContent).toBe('Supplier: High risk');
    expect(button.getAttribute('aria-label')).toBe('Supplier Radar: Supplier High risk. Show why');
  });

  it('opens the findings on click: concerns, then good signs, with the score', async () => {
    const { shadow, button } = mount(risky);
    button.click();
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = shadow.querySelector('.sr-panel')!;
    expect(panel.textContent).toContain('High risk · 78/100');
    expect(panel.textContent).toContain('Shenzhen Acme Co., Ltd.');
    const items = Array.from(panel.querySelectorAll('li.sr-finding')).map((li) => li.textContent);
    expect(items[0]).toContain('On Alibaba.com for 1 year');
    expect(items[2]).toContain('Response time ≤2h');
    expect(panel.querySelectorAll('.sr-findings--good li')).toHaveLength(1);
  });

  it('renders page text as text, never as HTML', async () => {
    const { shadow, button } = mount(risky);
    button.click();
    await settle();
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('closes from its close button, removes the panel and gives focus back to the badge', async () => {
    const { shadow, button } = mount(risky);
    button.click();
    await settle();
    (shadow.querySelector('.sr-panel__close') as HTMLButtonElement).click();
    await settle();
    expect(shadow.querySelector('.sr-panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement ?? document.activeElement).toBe(button);
  });

  it('toggles closed on a second click', async () => {
    const { shadow, button } = mount(risky);
    button.click();
    await settle();
    button.click();
    await settle();
    expect(shadow.querySelector('.sr-panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('explains an unknown level instead of showing a score', async () => {
    const { shadow, button } = mount({ risk: null, level: 'unknown', findings: [] });
    button.click();
    await settle();
    const panel = shadow.querySelector('.sr-panel')!;
    expect(panel.textContent).toContain('Risk unknown');
    expect(panel.textContent).not.toContain('/100');
    expect(panel.textContent).toContain('too little');
  });
});
