import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment, PriceCheck } from '../../src/signals/assessment';
import { renderFindingsPanel } from '../../src/ui/panel-renderer';

const check: PriceCheck = {
  value: 8249.15,
  lowest: 2749.72,
  median: 42162.32,
  spread: 13656.93,
  currency: 'INR',
  unit: 'piece',
  source: 'page',
  count: 39,
  label: null,
};

const cheap: Assessment = {
  risk: 70,
  level: 'high',
  findings: [
    {
      rule: 'price-far-below-benchmark',
      severity: 'danger',
      tone: 'concern',
      message: 'Price 80% below the market: too good to be true',
      priceCheck: check,
    },
  ],
};

let container: HTMLElement;
afterEach(() => {
  renderFindingsPanel(container, null);
  container.remove();
});

function open(assessment: Assessment) {
  container = document.createElement('div');
  document.body.append(container);
  renderFindingsPanel(container, { id: 'p', assessment, subject: 'Acme', onClose: () => {} });
  return container;
}

describe('the findings panel, for a price finding', () => {
  it('shows where the price sits: this offer, the median and the benchmark’s source', () => {
    const panel = open(cheap);
    const caption = panel.querySelector('.sr-price__caption')!.textContent;
    expect(caption).toContain('This offer ₹8,249.15 per piece · median ₹42,162.32');
    expect(caption).toContain('Median of 39 similar offers on this page');
  });

  it('places the offer and the median on one scale, the offer left of the median when cheaper', () => {
    const panel = open(cheap);
    const left = (selector: string) =>
      Number.parseFloat((panel.querySelector(selector) as HTMLElement).style.left);
    expect(left('.sr-price__offer')).toBeLessThan(left('.sr-price__median'));
    expect(left('.sr-price__median')).toBeGreaterThan(0);
    expect(left('.sr-price__median')).toBeLessThan(100);
    expect(panel.querySelector('.sr-price__band')).not.toBeNull();
  });

  it('names a target price as the buyer’s own, without a band', () => {
    const target: Assessment = {
      ...cheap,
      findings: [
        {
          ...cheap.findings[0]!,
          priceCheck: { ...check, source: 'target', label: 'bubble sofa', spread: 0, count: 1 },
        },
      ],
    };
    const panel = open(target);
    expect(panel.querySelector('.sr-price__caption')!.textContent).toContain(
      'Your target price for "bubble sofa"',
    );
    expect(panel.querySelector('.sr-price__band')).toBeNull();
  });

  it('draws no bar for findings without price numbers', () => {
    const panel = open({ ...cheap, findings: [{ ...cheap.findings[0]!, priceCheck: undefined }] });
    expect(panel.querySelector('.sr-price')).toBeNull();
  });
});
