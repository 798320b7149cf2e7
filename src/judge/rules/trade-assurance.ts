import { good } from '../rule';
import type { SupplierRule } from '../rule';

export const TRADE_ASSURANCE_POINTS = { good: -5 } as const;

const id = 'trade-assurance';

// Trade Assurance protects an order only when it is paid through the platform;
// its absence is common among honest small suppliers, so it never counts against.
export const tradeAssurance: SupplierRule<'trade-assurance'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier) {
    if (!supplier.badges.includes('trade-assurance')) return [];
    return [
      good(
        id,
        TRADE_ASSURANCE_POINTS.good,
        'Offers Trade Assurance (protected only when you pay on the platform)',
        'trade-assurance',
      ),
    ];
  },
};
