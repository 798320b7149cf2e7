import type { RuleId } from '../rule-settings';
import type { Rule } from '../rule';
import { businessType } from './business-type';
import { goldMembership } from './gold-membership';
import { offPlatformPaymentTerms } from './off-platform-payment-terms';
import { onTimeDelivery } from './on-time-delivery';
import { priceFarBelowBenchmark } from './price-far-below-benchmark';
import { profileChanged } from './profile-changed';
import { ratingAndReviews } from './rating-and-reviews';
import { responseRate } from './response-rate';
import { responseTime } from './response-time';
import { thirdPartyVerification } from './third-party-verification';
import { tradeAssurance } from './trade-assurance';
import { yearsOnPlatform } from './years-on-platform';

/** Every rule, by id. The mapped type keeps each rule paired with its own settings. */
export const RULES: { readonly [Id in RuleId]: Rule<Id> } = {
  'off-platform-payment-terms': offPlatformPaymentTerms,
  'years-on-platform': yearsOnPlatform,
  'third-party-verification': thirdPartyVerification,
  'trade-assurance': tradeAssurance,
  'gold-membership': goldMembership,
  'response-time': responseTime,
  'response-rate': responseRate,
  'on-time-delivery': onTimeDelivery,
  'rating-and-reviews': ratingAndReviews,
  'business-type': businessType,
  'price-far-below-benchmark': priceFarBelowBenchmark,
  'profile-changed': profileChanged,
};

/** The order rules run in, which is the order their findings keep within a severity. */
export const RULE_IDS: readonly RuleId[] = [
  'off-platform-payment-terms',
  'price-far-below-benchmark',
  'profile-changed',
  'years-on-platform',
  'third-party-verification',
  'trade-assurance',
  'gold-membership',
  'response-time',
  'response-rate',
  'on-time-delivery',
  'rating-and-reviews',
  'business-type',
];
