import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../src/signals/assessment';
import { SupplierSchema } from '../../src/signals/supplier';
import { audit, auditThroughSlowPipe, ROOT } from './run-audit';

const FIXTURES = join(ROOT, 'tests/fixtures/alibaba');

describe('audit command', { timeout: 60_000 }, () => {
  it('prints one JSON report for a saved product page, judged like the extension', async () => {
    const { code, stdout, stderr } = await audit(
      join(FIXTURES, 'product-detaildata-2026.html'),
      '--url',
      'https://indonesian.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men-1600147809763.html',
      '--json',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ site: 'alibaba', page: 'product', health: 'ok', messages: [] });
    expect(SupplierSchema.parse(report.supplier).name).toBe('Lanxi Beauty Clothing Firm');
    expect(AssessmentSchema.parse(report.supplier.assessment).level).toBe('low');
    const [listing] = report.listings;
    expect(listing).toMatchObject({
      productId: '1600147809763',
      price: { min: 87059, max: 122577, currency: 'VND' },
      moq: { quantity: 2, unit: 'piece' },
    });
    expect(listing.assessment.level).toBe('high');
    expect(listing.assessment.findings[0]).toMatchObject({
      rule: 'off-platform-payment-terms',
      severity: 'danger',
    });
    expect(listing.assessment.findings[0].message).toContain('Western Union');
  });

  it('prints the whole report for a 48-offer search page through a pipe, with unit prices and benchmarks', async () => {
    const stdout = await auditThroughSlowPipe(
      join(FIXTURES, 'search-fy26-inr-verified-filter.html'),
      '--url',
      'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=Fabric+bubble+sofa',
      '--json',
    );
    expect(stdout.length).toBeGreaterThan(65_536);
    const report = JSON.parse(stdout);
    expect(report.listings).toHaveLength(48);
    expect(report.listings[0].unitPrice).toEqual({
      value: 109988.64,
      currency: 'INR',
      unit: 'set',
      quantity: 1,
    });
    expect(report.benchmarks[0]).toMatchObject({
      source: 'page',
      unit: 'piece',
      currency: 'INR',
      offers: 40,
    });
    const cheap = report.listings.find((l: { productId: string }) => l.productId === '1601523593774');
    expect(cheap.assessment.findings[0]).toMatchObject({
      rule: 'price-far-below-benchmark',
      severity: 'danger',
      message: 'Price 80% below the market: too good to be true',
    });
    expect(cheap.assessment.findings[0].evidence).toMatch(
      /^₹8,249\.15 per piece at 5 pieces: 80% below the median of 39 similar offers on this page/,
    );
  });

  it('reports a challenge page as blocked, with no listings', async () => {
    const { code, stdout } = await audit(
      join(FIXTURES, 'anti-bot-challenge.html'),
      '--url',
      'https://www.alibaba.com/trade/search?SearchText=sofa',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ health: 'blocked', listings: [], supplier: null });
  });

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await audit(
      join(FIXTURES, 'search-fy26-rendered-48.html'),
      '--url',
      'https://www.alibaba.com/trade/search?SearchText=sofa',
    );
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^(low|medium|high|unknown)\s/.test(line));
    expect(rows).toHaveLength(48);
    expect(stdout).toContain('page: search   health: ok');
  });

  it('says in one line on stderr when the file cannot be read, and exits non-zero', async () => {
    const { code, stdout, stderr } = await audit(join(FIXTURES, 'no-such-page.html'), '--json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('cannot read');
  });

  it('refuses unknown options', async () => {
    const { code, stderr } = await audit('--frobnicate');
    expect(code).not.toBe(0);
    expect(stderr).toContain('usage');
  });
});
