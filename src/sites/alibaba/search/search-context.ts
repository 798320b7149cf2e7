import { asRecord, textField } from '../shared/json-fields';
import type { JsonRecord } from '../shared/json-fields';

/** What the page as a whole says about its offers. */
export interface SearchContext {
  /** Filtered to Verified Suppliers (`assessmentCompany=true`): every offer's supplier is verified. */
  verifiedOnly: boolean;
  /** Filtered to Trade Assurance suppliers (`ta=y`): every offer's supplier has it. */
  tradeAssuranceOnly: boolean;
  /**
   * Some offer on the page carries the Verified icon in its JSON, so the JSON does report
   * verification and an offer without it is shown as not verified.
   */
  verificationKeyOnPage: boolean;
}

export const NO_CONTEXT: SearchContext = {
  verifiedOnly: false,
  tradeAssuranceOnly: false,
  verificationKeyOnPage: false,
};

type Filters = Pick<SearchContext, 'verifiedOnly' | 'tradeAssuranceOnly'>;

/** Filters in the page URL (`.../trade/search?...&assessmentCompany=true&ta=y`). */
export function filtersFromUrl(url: URL): Filters {
  return {
    verifiedOnly: url.searchParams.get('assessmentCompany') === 'true',
    tradeAssuranceOnly: url.searchParams.get('ta') === 'y',
  };
}

/** Filters the server applied, from `_offer_list.requestData.params` (INR: `assessmentCompany: "true"`). */
export function filtersFromOfferList(offerList: JsonRecord): Filters {
  const params = asRecord(asRecord(offerList['requestData'])?.['params']) ?? {};
  return {
    verifiedOnly: textField(params, 'assessmentCompany') === 'true',
    tradeAssuranceOnly: textField(params, 'ta') === 'y',
  };
}

export function mergeFilters(a: Filters, b: Filters): Filters {
  return {
    verifiedOnly: a.verifiedOnly || b.verifiedOnly,
    tradeAssuranceOnly: a.tradeAssuranceOnly || b.tradeAssuranceOnly,
  };
}
