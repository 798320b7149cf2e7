import type { Supplier } from '../signals/supplier';

/**
 * How many of the signals that say most about a supplier the page showed.
 * Badges alone do not count: a card with only a badge says too little.
 */
export function knownSignalCount(supplier: Supplier): number {
  const known = [
    supplier.yearsActive !== null,
    supplier.verificationShown,
    supplier.responseTimeHours !== null,
    supplier.responseRate !== null,
    supplier.onTimeDeliveryRate !== null,
    supplier.rating !== null,
  ];
  return known.filter(Boolean).length;
}
