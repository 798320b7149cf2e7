import type { Supplier } from './supplier';

/** A supplier about whom the page shows nothing (kept apart from the schema so content scripts stay free of zod). */
export function emptySupplier(): Supplier {
  return {
    name: null,
    url: null,
    country: null,
    yearsActive: null,
    badges: [],
    verificationShown: false,
    responseRate: null,
    responseTimeHours: null,
    onTimeDeliveryRate: null,
    rating: null,
    reviewCount: null,
    businessType: null,
  };
}
