// Supplier business type labels -> one of three categories.
import { cleanText } from './clean-text';

export type BusinessType = 'manufacturer' | 'trading' | 'manufacturer-trading';

// English labels and identity keys ("strengthFactory"), plus the translations seen in saved pages.
const MANUFACTURER = /manufactur|factory|producer|производител|фабрик|завод|nhà sản xuất|工厂|生产/i;
const TRADING = /trading|trader|distributor|wholesaler|agent|buying office|торгов|дистрибьют|贸易|经销/i;

/** "Manufacturer, Trading Company" -> 'manufacturer-trading'; unknown -> null. */
export function parseBusinessType(text: string): BusinessType | null {
  const clean = cleanText(text);
  const maker = MANUFACTURER.test(clean);
  const trader = TRADING.test(clean);
  if (maker && trader) return 'manufacturer-trading';
  if (maker) return 'manufacturer';
  return trader ? 'trading' : null;
}
