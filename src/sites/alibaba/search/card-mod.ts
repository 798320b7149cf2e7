import { CARD_MOD_ATTR } from './selectors';

/** One `data-aplus-auto-card-mod="area=…&areaContent=…"` element of a card. */
export interface CardArea {
  area: string;
  /** Decoded `areaContent`; null when empty or the literal "undefined" (INR title/companyName). */
  content: string | null;
  element: Element;
}

/**
 * Alibaba's tracking attributes carry card values as a query string:
 * `area=supplierYear&areaContent=CN@@2%20yrs&target=miniSite` (INR). Values may or may not be
 * URL-encoded ("Min. order: 1 set" is not), so "+" is kept and bad escapes stay as written.
 */
export function parseTrackingParams(value: string | null): Map<string, string> {
  const params = new Map<string, string>();
  if (!value) return params;
  for (const pair of value.split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at);
    if (!params.has(key)) params.set(key, decode(pair.slice(at + 1)));
  }
  return params;
}

/** Every tracked area of `card`, the card itself included, in document order. */
export function readCardAreas(card: Element): CardArea[] {
  const elements = [card, ...Array.from(card.querySelectorAll(`[${CARD_MOD_ATTR}]`))];
  const areas: CardArea[] = [];
  for (const element of elements) {
    const params = parseTrackingParams(element.getAttribute(CARD_MOD_ATTR));
    const area = params.get('area');
    if (area === undefined) continue;
    const content = params.get('areaContent')?.trim() ?? '';
    areas.push({ area, content: content === '' || content === 'undefined' ? null : content, element });
  }
  return areas;
}

/** Content of the first area called `name` that has content. */
export function areaContent(areas: readonly CardArea[], name: string): string | null {
  return areas.find((area) => area.area === name && area.content !== null)?.content ?? null;
}

/** "CN@@2 yrs" -> ["CN", "2 yrs"]; "5.0@@12" -> ["5.0", "12"]; no "@@" -> [text, null]. */
export function splitPair(content: string | null): [string | null, string | null] {
  if (content === null) return [null, null];
  const at = content.indexOf('@@');
  if (at < 0) return [content.trim() || null, null];
  return [content.slice(0, at).trim() || null, content.slice(at + 2).trim() || null];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
