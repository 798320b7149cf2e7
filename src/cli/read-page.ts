import { Window } from 'happy-dom';
import type { PageReading } from '../signals/reading';
import { adapterFor } from '../sites/registry';

/** Parses saved HTML (scripts are never run) and reads it with the adapter for its URL. */
export function readPage(html: string, pageUrl: string | null): PageReading {
  return withSavedPage(html, (doc) => readDocument(doc, safeUrl(pageUrl ?? savedPageUrl(html, doc))));
}

/** Reads a parsed saved page with the adapter for `url`; without one, says so. */
export function readDocument(doc: Document, url: URL | null): PageReading {
  const adapter = url ? adapterFor(url) : null;
  if (!url || !adapter) {
    return {
      site: null,
      page: 'other',
      health: 'unsupported',
      supplier: null,
      listings: [],
      problems: ['no adapter for this URL; pass --url'],
    };
  }
  return adapter.read(doc, url);
}

/**
 * The URL a saved page carries: its canonical link, else the "saved from url="
 * comment browsers write at the top of a page saved with Save Page As.
 */
export function savedPageUrl(html: string, doc: Document): string | null {
  return (
    canonicalUrl(doc) ?? /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null
  );
}

/** Runs `use` on saved HTML parsed as a browser would, with no script or stylesheet loaded or run. */
export function withSavedPage<T>(html: string, use: (doc: Document) => T): T {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  try {
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

function canonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}

export function safeUrl(text: string | null): URL | null {
  if (!text) return null;
  try {
    return new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return null;
  }
}
