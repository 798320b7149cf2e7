import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/signals/assessment';
import { RiskBadge } from '../../src/ui/RiskBadge';

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

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(assessment: Assessment) {
  act(() =>
    render(<RiskBadge assessment={assessment} subject="Shenzhen Acme Co., Ltd." panelId="p1" />, root),
  );
  return root.querySelector('button.sr-badge') as HTMLButtonElement;
}

describe('RiskBadge', () => {
  it('is a labelled, collapsed button showing the level', () => {
    const button = mount(risky);
    expect(button.textContent).toContain('High risk');
    expect(button.getAttribute('aria-label')).toBe('Supplier Radar: High risk. Show why');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.sr-panel')).toBeNull();
  });

  it('opens the findings on click: concerns, then good signs, with the score', () => {
    const button = mount(risky);
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = root.querySelector('.sr-panel')!;
    expect(panel.textContent).toContain('High risk · 78/100');
    expect(panel.textContent).toContain('Shenzhen Acme Co., Ltd.');
    const items = Array.from(panel.querySelectorAll('li.sr-finding')).map((li) => li.textContent);
    expect(items[0]).toContain('On Alibaba.com for 1 year');
    expect(items[2]).toContain('Response time ≤2h');
    expect(panel.querySelectorAll('.sr-findings--good li')).toHaveLength(1);
  });

  it('renders page text as text, never as HTML', () => {
    act(() => mount(risky).click());
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('closes from its close button and gives focus back to the badge', () => {
    const button = mount(risky);
    act(() => button.click());
    act(() => (root.querySelector('.sr-panel__close') as HTMLButtonElement).click());
    expect(root.querySelector('.sr-panel')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('explains an unknown level instead of showing a score', () => {
    const button = mount({ risk: null, level: 'unknown', findings: [] });
    act(() => button.click());
    const panel = root.querySelector('.sr-panel')!;
    expect(panel.textContent).toContain('Risk unknown');
    expect(panel.textContent).not.toContain('/100');
    expect(panel.textContent).toContain('too little');
  });
});
