import { concern, good } from '../rule';
import type { SupplierRule } from '../rule';

export const BUSINESS_TYPE_POINTS = { trading: 3 } as const;

const id = 'business-type';

// Trading companies are legitimate, but they add a margin and a link between
// the buyer and the factory; quality and lead times depend on who makes it.
// Business type is self-described, so the manufacturer claim earns nothing.
export const businessType: SupplierRule<'business-type'> = {
  id,
  appliesTo: 'supplier',
  evaluate(supplier) {
    switch (supplier.businessType) {
      case 'trading':
        return [
          concern(
            id,
            'info',
            BUSINESS_TYPE_POINTS.trading,
            'Trading company, not the factory: ask who makes it',
            'trading company',
          ),
        ];
      case 'manufacturer':
        return [good(id, 0, 'Manufacturer (as the supplier describes itself)', 'manufacturer')];
      case 'manufacturer-trading':
        return [
          good(
            id,
            0,
            'Manufacturer and trading company (as the supplier describes itself)',
            'manufacturer, trading company',
          ),
        ];
      case null:
        return [];
    }
  },
};
