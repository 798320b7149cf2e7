import { z } from 'zod';

/** Every rule can be switched off or made to count more or less (0 = show the finding, add no points). */
const toggle = { enabled: z.boolean(), weight: z.number().min(0).max(5) };
const rate = z.number().min(0).max(1);
const hours = z.number().min(0);
const count = z.number().int().min(0);
const plain = z.object(toggle);

// Rules test their worst outcome first, so any thresholds stay monotonic;
// the refinements only stop settings that would make an outcome unreachable.
const yearsOnPlatform = z
  .object({ ...toggle, concernAtMost: count, mildAtMost: count, goodAtLeast: count })
  .refine((s) => s.concernAtMost <= s.mildAtMost && s.mildAtMost < s.goodAtLeast, {
    message: 'years-on-platform: concernAtMost ≤ mildAtMost < goodAtLeast',
  });

const responseTime = z
  .object({ ...toggle, concernAboveHours: hours, goodAtMostHours: hours })
  .refine((s) => s.goodAtMostHours <= s.concernAboveHours, {
    message: 'response-time: goodAtMostHours ≤ concernAboveHours',
  });

const responseRate = z
  .object({ ...toggle, concernBelow: rate, goodAtLeast: rate })
  .refine((s) => s.concernBelow <= s.goodAtLeast, { message: 'response-rate: concernBelow ≤ goodAtLeast' });

const onTimeDelivery = z
  .object({ ...toggle, dangerBelow: rate, concernBelow: rate, goodAtLeast: rate })
  .refine((s) => s.dangerBelow <= s.concernBelow && s.concernBelow <= s.goodAtLeast, {
    message: 'on-time-delivery: dangerBelow ≤ concernBelow ≤ goodAtLeast',
  });

const ratingAndReviews = z.object({
  ...toggle,
  /** A low rating counts once this many reviews stand behind it. */
  concernBelowRating: z.number().min(0).max(5),
  concernMinReviews: count,
  /** A near-perfect rating from fewer than this many reviews is weak evidence. */
  weakAtLeastRating: z.number().min(0).max(5),
  weakBelowReviews: count,
  goodAtLeastRating: z.number().min(0).max(5),
  goodMinReviews: count,
});

const share = z.number().gt(0).lt(1);
const priceFarBelowBenchmark = z
  .object({
    ...toggle,
    /** Warning from this share below the benchmark median (0.3 = 30% below). */
    warningBelow: share,
    dangerBelow: share,
    /** Fewer comparable offers than this and the page is no market sample. */
    minComparables: z.number().int().min(2),
    /**
     * A page or history price is far below only when it also stands out from
     * that sample's own spread: under the lower quartile by this many
     * quartile ranges (Tukey's fence, on a log scale). Settings saved before
     * it existed get the default.
     */
    outlierFence: z.number().min(0).max(10).default(1.5),
    /** An info note from this share above the median (1 = twice the median). */
    noteAbove: z.number().gt(0),
  })
  .refine((s) => s.warningBelow <= s.dangerBelow, {
    message: 'price-far-below-benchmark: warningBelow ≤ dangerBelow',
  });

export const JudgeSettingsSchema = z
  .object({
    rules: z.object({
      'off-platform-payment-terms': plain,
      'years-on-platform': yearsOnPlatform,
      'third-party-verification': plain,
      'trade-assurance': plain,
      'gold-membership': plain,
      'response-time': responseTime,
      'response-rate': responseRate,
      'on-time-delivery': onTimeDelivery,
      'rating-and-reviews': ratingAndReviews,
      'business-type': plain,
      'price-far-below-benchmark': priceFarBelowBenchmark,
      'profile-changed': plain,
    }),
    /** Risk at or above `medium` is medium, at or above `high` is high. */
    levels: z.object({ medium: z.number().min(0).max(100), high: z.number().min(0).max(100) }),
    /** Fewer known supplier signals than this (and no danger) gives level "unknown". */
    minimumEvidence: z.number().int().min(0).max(6),
  })
  .refine((s) => s.levels.medium <= s.levels.high, { message: 'levels: medium ≤ high' });

export type JudgeSettings = z.infer<typeof JudgeSettingsSchema>;
export type RuleSettingsMap = JudgeSettings['rules'];
export type RuleId = keyof RuleSettingsMap;

const on = { enabled: true, weight: 1 };

/** Defaults; docs/SCORING.md says why each number is what it is. */
export const DEFAULT_JUDGE_SETTINGS: JudgeSettings = {
  rules: {
    'off-platform-payment-terms': { ...on },
    'years-on-platform': { ...on, concernAtMost: 1, mildAtMost: 2, goodAtLeast: 5 },
    'third-party-verification': { ...on },
    'trade-assurance': { ...on },
    'gold-membership': { ...on },
    'response-time': { ...on, concernAboveHours: 24, goodAtMostHours: 6 },
    'response-rate': { ...on, concernBelow: 0.7, goodAtLeast: 0.9 },
    'on-time-delivery': { ...on, dangerBelow: 0.6, concernBelow: 0.8, goodAtLeast: 0.95 },
    'rating-and-reviews': {
      ...on,
      concernBelowRating: 4,
      concernMinReviews: 5,
      weakAtLeastRating: 4.8,
      weakBelowReviews: 5,
      goodAtLeastRating: 4.5,
      goodMinReviews: 20,
    },
    'business-type': { ...on },
    'price-far-below-benchmark': {
      ...on,
      warningBelow: 0.3,
      dangerBelow: 0.5,
      minComparables: 5,
      outlierFence: 1.5,
      noteAbove: 1,
    },
    'profile-changed': { ...on },
  },
  levels: { medium: 40, high: 70 },
  minimumEvidence: 2,
};
