/**
 * Styles for many Shadow DOM hosts of one kind: one constructed stylesheet
 * shared by all of them (parsed once, not once per host). Firefox refuses
 * sheets built in a content script's world for page nodes; there each host
 * gets its own <style>.
 */
export function styleAdopter(css: string): (shadow: ShadowRoot) => void {
  let shared: CSSStyleSheet | null | undefined;
  return (shadow) => {
    if (shared === undefined) {
      try {
        shared = new CSSStyleSheet();
        shared.replaceSync(css);
      } catch {
        shared = null;
      }
    }
    if (shared) {
      try {
        shadow.adoptedStyleSheets = [shared];
        return;
      } catch {
        shared = null;
      }
    }
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.append(style);
  };
}
