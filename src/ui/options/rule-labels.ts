import type { RuleId, RuleSettingsMap } from '../../judge/rule-settings';

/**
 * How a threshold is shown and entered. Rates and shares are stored as 0..1
 * and shown as percentages; the rest are shown as stored.
 */
export type Unit = 'percent' | 'hours' | 'years' | 'reviews' | 'offers' | 'stars' | 'ranges';

type ThresholdKey<Id extends RuleId> = Exclude<keyof RuleSettingsMap[Id], 'enabled' | 'weight'> & string;

export interface ThresholdLabel<Key extends string = string> {
  key: Key;
  label: string;
  unit: Unit;
  /** What a valid value is, in words (the schema decides; this explains). */
  range: string;
}

export interface RuleLabel<Id extends RuleId = RuleId> {
  name: string;
  /** One line: what the rule looks at and why it matters. */
  explains: string;
  thresholds: Array<ThresholdLabel<ThresholdKey<Id>>>;
  /** The order the schema asks of the thresholds, in words. */
  order?: string;
}

const PERCENT = 'a percentage from 0 to 100';
const STARS = 'a rating from 0 to 5';
const WHOLE = 'a whole number, 0 or more';

/** Every rule of the judge, in plain words; docs/SCORING.md says why each default is what it is. */
export const RULE_LABELS: { [Id in RuleId]: RuleLabel<Id> } = {
  'off-platform-payment-terms': {
    name: 'Payment outside the platform',
    explains:
      'A listing that offers Western Union, crypto, gift cards or similar payment, which cannot be charged back. One mention makes it high risk.',
    thresholds: [],
  },
  'price-far-below-benchmark': {
    name: 'Price far below the market',
    explains:
      'An offer priced far below your target price or the comparable offers: the usual bait. Genuine savings are 10–15%. Against offers whose prices vary widely, it must also stand out from them.',
    thresholds: [
      {
        key: 'warningBelow',
        label: 'Warning from (% below)',
        unit: 'percent',
        range: 'a percentage above 0 and below 100',
      },
      {
        key: 'dangerBelow',
        label: 'Danger from (% below)',
        unit: 'percent',
        range: 'a percentage above 0 and below 100',
      },
      {
        key: 'minComparables',
        label: 'Offers needed on a page to compare',
        unit: 'offers',
        range: 'a whole number, 2 or more',
      },
      {
        key: 'outlierFence',
        label: 'Stands out when under the cheapest quarter by (× their quartile range)',
        unit: 'ranges',
        range: 'a number from 0 to 10',
      },
      { key: 'noteAbove', label: 'Note from (% above)', unit: 'percent', range: 'a percentage above 0' },
    ],
    order: 'the warning must start at or below the danger.',
  },
  'years-on-platform': {
    name: 'Years on the platform',
    explains:
      'Storefronts are cheap to open, so fake ones are new; years of paid renewals leave a trading record.',
    thresholds: [
      { key: 'concernAtMost', label: 'Concern up to (years)', unit: 'years', range: WHOLE },
      { key: 'mildAtMost', label: 'Mild concern up to (years)', unit: 'years', range: WHOLE },
      { key: 'goodAtLeast', label: 'Good from (years)', unit: 'years', range: WHOLE },
    ],
    order: 'the concern limit must be at most the mild one, and the mild limit below the good one.',
  },
  'third-party-verification': {
    name: 'Third-party audit',
    explains:
      'Verified, Verified Pro or Assessed: an outside company inspected the business on site. A concern when the page shows verification status but no audit.',
    thresholds: [],
  },
  'trade-assurance': {
    name: 'Trade Assurance',
    explains: 'A modest good sign: the platform protects orders paid through it. Its absence adds nothing.',
    thresholds: [],
  },
  'gold-membership': {
    name: 'Gold Supplier membership',
    explains: 'A paid membership, not a check. The badge says so, without adding points.',
    thresholds: [],
  },
  'response-time': {
    name: 'Response time',
    explains: 'A real sales team answers within a working day.',
    thresholds: [
      {
        key: 'concernAboveHours',
        label: 'Slow above (hours)',
        unit: 'hours',
        range: 'a number of hours, 0 or more',
      },
      {
        key: 'goodAtMostHours',
        label: 'Quick up to (hours)',
        unit: 'hours',
        range: 'a number of hours, 0 or more',
      },
    ],
    order: 'the quick limit must be at most the slow one.',
  },
  'response-rate': {
    name: 'Response rate',
    explains: 'Many unanswered enquiries suggest an unstaffed or abandoned storefront.',
    thresholds: [
      { key: 'concernBelow', label: 'Concern below (%)', unit: 'percent', range: PERCENT },
      { key: 'goodAtLeast', label: 'Good from (%)', unit: 'percent', range: PERCENT },
    ],
    order: 'the concern limit must be at most the good one.',
  },
  'on-time-delivery': {
    name: 'On-time delivery',
    explains: 'Recorded from real orders, so unlike a badge it cannot be bought.',
    thresholds: [
      { key: 'dangerBelow', label: 'Danger below (%)', unit: 'percent', range: PERCENT },
      { key: 'concernBelow', label: 'Warning below (%)', unit: 'percent', range: PERCENT },
      { key: 'goodAtLeast', label: 'Good from (%)', unit: 'percent', range: PERCENT },
    ],
    order: 'the danger limit must be at most the warning one, and the warning limit at most the good one.',
  },
  'rating-and-reviews': {
    name: 'Rating and reviews',
    explains:
      'A rating is worth as much as the reviews behind it; a perfect score from a handful is weak evidence.',
    thresholds: [
      { key: 'concernBelowRating', label: 'Low rating below (stars)', unit: 'stars', range: STARS },
      { key: 'concernMinReviews', label: 'Low rating counts from (reviews)', unit: 'reviews', range: WHOLE },
      { key: 'weakAtLeastRating', label: 'Too-perfect rating from (stars)', unit: 'stars', range: STARS },
      {
        key: 'weakBelowReviews',
        label: 'Too-perfect with fewer than (reviews)',
        unit: 'reviews',
        range: WHOLE,
      },
      { key: 'goodAtLeastRating', label: 'Good rating from (stars)', unit: 'stars', range: STARS },
      { key: 'goodMinReviews', label: 'Good rating needs at least (reviews)', unit: 'reviews', range: WHOLE },
    ],
  },
  'business-type': {
    name: 'Trading company or factory',
    explains:
      'A trading company adds a margin and a link between you and the factory: ask who makes the goods.',
    thresholds: [],
  },
  'profile-changed': {
    name: 'Profile changed since your last visit',
    explains:
      'For suppliers on your shortlist: a different name, fewer years or a lost audit badge than at your earlier visit. The account may have changed hands.',
    thresholds: [],
  },
};

export const WEIGHT_RANGE = 'a weight from 0 to 5';

/** The risk levels and the evidence a verdict needs, in plain words. */
export const LEVEL_LABELS = {
  medium: { label: 'Medium risk from (points)', range: 'points from 0 to 100' },
  high: { label: 'High risk from (points)', range: 'points from 0 to 100' },
  minimumEvidence: { label: 'Signals needed for a verdict', range: 'a whole number from 0 to 6' },
  order: 'Medium risk must start at or below high risk.',
} as const;
