/** Longest topic kept: a search box's worth. */
const MAX_TOPIC = 100;

/**
 * What a search page is about, as words: its search text, else the words of
 * its showroom, catalog or product-list path. Prices seen on one search
 * benchmark later pages on the same topic, so the words are folded (case,
 * punctuation, spacing) but never guessed at. Null when the URL names none.
 */
export function searchPriceTopic(url: URL): string | null {
  const text =
    url.searchParams.get('SearchText') ??
    url.searchParams.get('searchText') ??
    url.searchParams.get('keywords');
  if (text) return foldWords(text);
  const slug = /^\/(?:showroom|products)\/([^/]+?)(?:\.html?)?(?:\/|$)/.exec(url.pathname)?.[1];
  return slug ? foldWords(safeDecode(slug)) : null;
}

function foldWords(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return words === '' ? null : words.slice(0, MAX_TOPIC).trim();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
