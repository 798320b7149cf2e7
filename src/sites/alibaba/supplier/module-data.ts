import { at, record, str } from '../shared/json';
import { STOREFRONT } from './selectors';

export interface StoreModules {
  /** moduleData.data of each module, by module name ("icbu-pc-shopSign", "icbu-pc-productListPc", ...). */
  data: Map<string, Record<string, unknown>>;
  problems: string[];
}

/**
 * Storefront modules: <div class="J_module" module-name="..." module-data="<URL-encoded JSON>">
 * (storefront-productlist-2025.html). The JSON is {gdc, mds: {moduleNameAlias, moduleData: {data}}}.
 * A module whose module-data is not URL-encoded JSON is skipped and named in `problems`.
 */
export function readStoreModules(doc: ParentNode): StoreModules {
  const data = new Map<string, Record<string, unknown>>();
  const problems: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(STOREFRONT.module))) {
    const name = el.getAttribute('module-name')?.trim() || null;
    const parsed = decode(el.getAttribute('module-data') ?? '');
    if (parsed === null) {
      problems.push(`module-data of ${name ?? 'a storefront module'} is not URL-encoded JSON`);
      continue;
    }
    const key = name ?? str(at(parsed, 'mds', 'moduleNameAlias'));
    const moduleData = record(at(parsed, 'mds', 'moduleData', 'data'));
    if (key !== null && moduleData !== null && !data.has(key)) data.set(key, moduleData);
  }
  return { data, problems };
}

function decode(text: string): Record<string, unknown> | null {
  try {
    return record(JSON.parse(decodeURIComponent(text)));
  } catch {
    return null;
  }
}
