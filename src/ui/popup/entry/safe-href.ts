/**
 * A stored address as a link target: web addresses only. Entries come from
 * pages and imported files, and a javascript: or data: URL in a link would
 * run when clicked.
 */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    // Resolved against https so a protocol-relative "//shop.en.alibaba.com" still links.
    const parsed = new URL(url, 'https://www.alibaba.com/');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
