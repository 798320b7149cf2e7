import type { Assessment, Level } from '../../src/signals/assessment';
import type { PageKind } from '../../src/signals/reading';
import type { Badge, Supplier } from '../../src/signals/supplier';
import {
  CHECKLIST_ITEMS,
  STATUSES,
  type Checklist,
  type SavedOffer,
  type ShortlistEntry,
  type Visit,
} from '../../src/shortlist/entry';

/**
 * Realistic shortlist entries, the same for the same index: names in Chinese
 * and English (some with accents, emoji and combining marks), notes with the
 * characters CSV and JSON must escape, offers in several currencies, a few
 * visits. Plain object building, no validation, so 10,000 take milliseconds.
 */

const NAMES = [
  'Shenzhen Bright LED Technology Co., Ltd.',
  '深圳市光明照明科技有限公司',
  'Yiwu Café Crafts Co., Ltd.',
  'Guangzhou "Golden Star" Trading Co., Ltd.',
  'Ningbo Smart-Home Electric Co., Ltd. 🏠',
  'Zhejiang Re\u0301sume\u0301 Textiles Co., Ltd.',
  '义乌市小商品贸易有限公司',
  'Dongguan Precision Mould & Plastics Factory',
  'Qingdao Ocean Packaging, Inc.',
  'Xiamen Stone Ltd =SUM(A1)',
  'Hangzhou 杭州 Tea Garden Co., Ltd.',
  'Foshan Nanhai Furniture Manufacturer',
];

const HOSTS = [
  'szbright',
  'gmzm',
  'yiwucafe',
  'gzgolden',
  'nbsmart',
  'zjresume',
  'ywxsp',
  'dgmould',
  'qdocean',
  'xmstone',
  'hztea',
  'fsfurniture',
];

const TAGS = [
  'led',
  'packaging',
  'Q3 order',
  'sample sent',
  'priority',
  '电子',
  'backup supplier',
  'Trade Assurance',
  'audit due',
];

const NOTES = [
  '',
  'Asked for MOQ 500, they offered 1,000 at $2.10.',
  'Sales rep "Lily" replied within 2 hours.\nFactory visit planned for March.',
  '=HYPERLINK("http://example.com") looks like a formula',
  '-10% discount if we pay by T/T, which we will not do',
  '工厂在东莞，样品已寄出。',
  '  leading and trailing spaces  ',
  'Mixed: café, naïve, emoji 📦, line one\r\nline two',
];

const LEVELS: readonly Level[] = ['low', 'medium', 'high', 'unknown'];
const PAGES: readonly PageKind[] = ['search', 'product', 'supplier'];
const CURRENCIES = ['USD', 'EUR', 'INR'] as const;
const BADGE_SETS: readonly Badge[][] = [
  [],
  ['verified'],
  ['gold', 'trade-assurance'],
  ['verified-pro', 'assessed'],
];

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

function pick<T>(items: readonly T[], at: number): T {
  return items[at % items.length] as T;
}

function supplierFor(index: number, visit: number): Supplier {
  const host = `${pick(HOSTS, index)}${index}`;
  return {
    name: pick(NAMES, index),
    url: `https://${host}.en.alibaba.com/`,
    country: index % 9 === 0 ? 'IN' : 'CN',
    yearsActive: (index % 15) + 1,
    badges: [...pick(BADGE_SETS, index)],
    verificationShown: visit % 2 === 0,
    responseRate: index % 4 === 0 ? null : 0.8 + (index % 20) / 100,
    responseTimeHours: index % 5 === 0 ? null : (index % 24) + 1,
    onTimeDeliveryRate: index % 3 === 0 ? null : 0.9,
    rating: index % 6 === 0 ? null : 3.5 + (index % 15) / 10,
    reviewCount: index % 7 === 0 ? null : 10 + index * 3 + visit,
    businessType: pick(['manufacturer', 'trading', 'manufacturer-trading', null] as const, index),
  };
}

function assessmentFor(index: number, level: Level): Assessment | null {
  if (level === 'unknown') return null;
  const risk = { low: 10, medium: 45, high: 75 }[level] + (index % 20);
  return {
    risk,
    level,
    findings: [
      {
        rule: 'years-active',
        severity: level === 'high' ? 'danger' : 'info',
        tone: level === 'low' ? 'good' : 'concern',
        message: level === 'low' ? 'On Alibaba.com for several years' : 'New on Alibaba.com',
      },
    ],
  };
}

function offersFor(index: number, addedAt: number): SavedOffer[] {
  const count = index % 4;
  return Array.from({ length: count }, (_, n) => {
    const currency = pick(CURRENCIES, index + n);
    const base = currency === 'INR' ? 180 : 1.5;
    const value = Math.round((base + ((index * 7 + n * 13) % 50) * (base / 10)) * 100) / 100;
    return {
      productId: `${1_600_000_000 + index * 10 + n}`,
      title: `Sample product ${n + 1}, "premium" grade`,
      url: `https://www.alibaba.com/product-detail/item_${1_600_000_000 + index * 10 + n}.html`,
      price: { min: value, max: Math.round(value * 120) / 100, currency },
      moq: { quantity: 100 * (n + 1), unit: 'pieces' },
      unitPrice: { value, currency, unit: 'piece', quantity: 100 * (n + 1) },
      savedAt: addedAt + n * 60_000,
      landedCost:
        n === 0 && index % 2 === 0
          ? {
              quantity: 1_000,
              unitPrice: value,
              freight: 2_000,
              insurance: 150,
              dutyPercent: 15,
              dutyBase: 'goods',
              broker: 300,
              otherFees: 500,
              contingencyPercent: 5,
            }
          : null,
    };
  });
}

function historyFor(index: number, addedAt: number): Visit[] {
  const count = (index % 3) + 1;
  return Array.from({ length: count }, (_, n) => ({
    seenAt: addedAt + n * DAY,
    page: pick(PAGES, index + n),
    url: `https://${pick(HOSTS, index)}${index}.en.alibaba.com/`,
    supplier: supplierFor(index, n),
  }));
}

function checklistFor(index: number, addedAt: number): Checklist {
  const checklist: Checklist = {};
  CHECKLIST_ITEMS.forEach((item, n) => {
    if ((index + n) % 3 === 0) checklist[item] = addedAt + (n + 1) * DAY;
  });
  return checklist;
}

export function makeEntry(index: number, overrides: Partial<ShortlistEntry> = {}): ShortlistEntry {
  const addedAt = START + index * 3_600_000;
  const level = pick(LEVELS, index);
  const history = historyFor(index, addedAt);
  const latest = history[history.length - 1] as Visit;
  const tagCount = index % 4;
  return {
    key: `alibaba:${pick(HOSTS, index)}${index}`,
    site: 'alibaba',
    name: index % 17 === 16 ? null : pick(NAMES, index),
    url: latest.supplier.url,
    signals: latest.supplier,
    assessment: assessmentFor(index, level),
    level,
    offers: offersFor(index, addedAt),
    status: pick(STATUSES, index),
    notes: pick(NOTES, index),
    tags: Array.from({ length: tagCount }, (_, n) => pick(TAGS, index + n * 2)),
    checklist: checklistFor(index, addedAt),
    history,
    addedAt,
    updatedAt: latest.seenAt,
    ...overrides,
  };
}

export function manyEntries(count: number): ShortlistEntry[] {
  return Array.from({ length: count }, (_, index) => makeEntry(index));
}
