import type { LandedCostInputs } from './entry';

/** What one order of a saved offer costs delivered, line by line, in the offer's currency. */
export interface LandedCost {
  goods: number;
  freight: number;
  insurance: number;
  duty: number;
  broker: number;
  otherFees: number;
  subtotal: number;
  contingency: number;
  total: number;
  perUnit: number;
}

/**
 * The landed cost of `inputs.quantity` units. Nothing is rounded here: the
 * lines add up exactly, and only the display rounds.
 */
export function landedCost(inputs: LandedCostInputs): LandedCost {
  const goods = inputs.unitPrice * inputs.quantity;
  const { freight, insurance, broker, otherFees } = inputs;
  // US duty is charged on the customs value of the goods; the EU (and most others) charge it on CIF.
  const dutiable = inputs.dutyBase === 'cif' ? goods + freight + insurance : goods;
  const duty = (dutiable * inputs.dutyPercent) / 100;
  const subtotal = goods + freight + insurance + duty + broker + otherFees;
  const contingency = (subtotal * inputs.contingencyPercent) / 100;
  const total = subtotal + contingency;
  return {
    goods,
    freight,
    insurance,
    duty,
    broker,
    otherFees,
    subtotal,
    contingency,
    total,
    perUnit: total / inputs.quantity,
  };
}
