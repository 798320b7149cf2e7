import { formatRating, formatReviews } from '../format';
import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';

export const RATING_POINTS = { concern: 10, weak: 4, good: -5 } as const;

const id = 'rating-and-reviews';

// A rating means as much as the number of reviews behind it: a perfect score
// from a handful of reviews is what a new or padded storefront looks like, and
// a poor score from only a few reviews is too little to hold against anyone.
export const ratingAndReviews: SupplierRule<'rating-and-reviews'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier, s) {
    const { rating, reviewCount } = supplier;
    if (rating === null) return [];
    const shown = formatRating(rating);
    const evidence = reviewCount === null ? shown : `${shown} (${formatReviews(reviewCount)})`;
    const reviews = reviewCount ?? 0;
    if (rating < s.concernBelowRating && reviews >= s.concernMinReviews) {
      const message = `Rated ${shown} from ${formatReviews(reviews)}`;
      return [concern(id, 'warning', RATING_POINTS.concern, message, evidence)];
    }
    if (rating >= s.weakAtLeastRating && reviews < s.weakBelowReviews) {
      const message =
        reviewCount === null
          ? `Rated ${shown} with no review count shown: too little to trust`
          : reviews === 0
            ? `Rated ${shown} with 0 reviews: too few to trust`
            : `Rated ${shown} from only ${formatReviews(reviews)}: too few to trust`;
      return [concern(id, 'info', RATING_POINTS.weak, message, evidence)];
    }
    if (rating >= s.goodAtLeastRating && reviews >= s.goodMinReviews) {
      return [good(id, RATING_POINTS.good, `Rated ${shown} from ${formatReviews(reviews)}`, evidence)];
    }
    return [];
  },
};
