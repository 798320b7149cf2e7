import { Window } from 'happy-dom';
import type { PageReading } from '../signals/reading';
import { adapterFor } from '../sites/registry';

/** Parses saved HTML (scripts are never run) and reads it with the adapter for its URL. */
export function readPage(html: string, pageUrl: string | null): PageReading {
  return withSavedPage(html, (doc) => {
    const url = safeUrl(pageUrl ?? canonicalUrl(doc));
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
  });
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
