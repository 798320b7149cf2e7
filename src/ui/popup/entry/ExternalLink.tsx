import type { ComponentChildren } from 'preact';
import { safeHref } from './safe-href';

/** A link to the marketplace in a new tab; plain text when the address isn't a web address. */
export function ExternalLink({ url, children }: { url: string | null; children: ComponentChildren }) {
  const href = safeHref(url);
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
