/**
 * Alibaba serves an anti-bot challenge in place of content (seen in
 * ../shared/pages/alibaba/anti-bot-challenge.html). Such a page shows no
 * supplier data, so it must never be scored.
 */
// Normal pages load the "baxia" anti-bot SDK too, so only its challenge
// config counts, never the bare word.
const CHALLENGE_MARKERS = [/_____tmd_____/, /x5secdata/, /["']?baxia["']?\s*:\s*true/];

export function isChallengePage(doc: Document): boolean {
  return showsChallengeElement(doc) || hasChallengeScript(doc);
}

/** The challenge's own elements: one selector query, cheap enough to ask first on every page. */
export function showsChallengeElement(doc: Document): boolean {
  return doc.querySelector('punish-component, #baxia-dialog-content, iframe[src*="_____tmd_____"]') !== null;
}

/** The challenge's config in an inline script: a scan of the page's scripts, asked only of a page that showed nothing. */
export function hasChallengeScript(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.length < 20_000 && CHALLENGE_MARKERS.some((marker) => marker.test(text))) return true;
  }
  return false;
}
