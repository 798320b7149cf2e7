import type { Badge, BusinessType } from '../../../signals/supplier';
import { parseBusinessType } from '../../../signals/parse/business-type';
import { parseCountryCode } from '../../../signals/parse/country-code';
import { parseYears } from '../../../signals/parse/years';
import { attrAt, textAt, textOf } from '../shared/dom-text';
import { first, textThen } from '../shared/json';
import { supplierFromMetrics } from '../shared/metrics';
import { PDP_2021, PDP_2025 } from './selectors';
import type { SupplierPart } from '../shared/supplier-merge';
import { mergeSupplier } from '../shared/supplier-merge';
import { storefrontUrl } from '../shared/urls';

/**
 * 2025 supplier strip (div[data-module-name="module_company"]). The page's "order protection"
 * module is shown for every supplier, so it is not read as this supplier's Trade Assurance.
 * The verify icon is an image without text; its presence is the Verified badge. Its absence is
 * not read as "not verified" (verificationShown stays false): the strip may render without it.
 * The identity label ("Custom Manufacturer": Alibaba's check that the company is a manufacturer)
 * is the only business type shown, so parseBusinessType reads it.
 */
export function supplierFrom2025Dom(doc: ParentNode): SupplierPart | null {
  const strip = doc.querySelector(PDP_2025.company);
  const info = strip?.querySelector(PDP_2025.companyInfo) ?? strip;
  if (!info) return null;
  const link = info.querySelector(PDP_2025.companyLink);
  const badges: Badge[] = [];
  if (info.querySelector(PDP_2025.verifyIcon)) badges.push('verified');
  return {
    name: first(link?.getAttribute('title')?.trim() || null, link ? textOf(link) : null),
    url: storefrontUrl(link?.getAttribute('href') ?? null),
    country: textThen(textAt(info, PDP_2025.registerCountry), parseCountryCode),
    yearsActive: textThen(textAt(info, PDP_2025.companyLife), parseYears),
    businessType: first(...Array.from(info.querySelectorAll(PDP_2025.identity)).map(identityType)),
    badges,
  };
}

/**
 * ~2021 supplier card (div[data-role="widget-supplier-card"]). The join-year icon is the Gold
 * Supplier years icon (data-aui="ggs-icon"). The central logo link data-aui="ta-ordered" points
 * at a generic sale page, so it is not taken as Trade Assurance. Capability rows (.attr-item)
 * go through supplierFromMetrics.
 */
export function supplierFrom2021Dom(doc: ParentNode): SupplierPart | null {
  const card = doc.querySelector(PDP_2021.card);
  if (!card) return null;
  const link = card.querySelector(PDP_2021.companyLink);
  const joinYear = card.querySelector(PDP_2021.joinYear);
  const yearsText = joinYear
    ? [textAt(joinYear, PDP_2021.joinYearValue), textAt(joinYear, PDP_2021.joinYearUnit)]
        .filter(Boolean)
        .join(' ')
    : '';
  const badges: Badge[] = [];
  if (card.querySelector(PDP_2021.goldYears)) badges.push('gold');
  const metrics = Array.from(card.querySelectorAll(PDP_2021.attrItem)).map((item) => ({
    label: textAt(item, PDP_2021.attrTitle),
    value: attrAt(item, PDP_2021.attrContent, 'title') ?? textAt(item, PDP_2021.attrContent),
  }));
  const part: SupplierPart = {
    name: first(link?.getAttribute('title')?.trim() || null, link ? textOf(link) : null),
    url: storefrontUrl(link?.getAttribute('href') ?? null),
    country: textThen(textAt(card, PDP_2021.registerCountry), parseCountryCode),
    yearsActive: yearsText === '' ? null : parseYears(yearsText),
    businessType: first(...Array.from(card.querySelectorAll(PDP_2021.identity)).map(identityType)),
    badges,
  };
  return mergeSupplier(part, supplierFromMetrics(metrics));
}

/** A business type from an identity label; the name, years and country spans read as null. */
function identityType(el: Element): BusinessType | null {
  const text = textOf(el);
  return text === null ? null : parseBusinessType(text);
}
