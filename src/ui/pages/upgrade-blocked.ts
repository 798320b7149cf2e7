/**
 * Tells the buyer, at the top of an extension page, that the shortlist's
 * storage is waiting to be upgraded while an older Supplier Radar tab holds it
 * open. Plain text nodes: nothing here is HTML.
 */
export function showUpgradeBlocked(doc: Document): void {
  if (doc.getElementById('sr-upgrade-blocked')) return;
  const notice = doc.createElement('p');
  notice.id = 'sr-upgrade-blocked';
  notice.setAttribute('role', 'alert');
  notice.className = 'sr-upgrade-blocked';
  notice.textContent =
    'Supplier Radar was updated and needs to upgrade its storage, but another Supplier Radar tab (an open options page or popup) is still using the old version. Close it, and your shortlist will load here.';
  doc.body.prepend(notice);
}
