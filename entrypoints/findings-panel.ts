import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PANEL_GLOBAL } from '../src/ui/panel-global';
import { renderFindingsPanel } from '../src/ui/panel-renderer';

// Chrome builds load this into a content script (dynamic import) the first time a badge is
// opened, so content scripts don't carry Preact or the panel: most badges are never opened.
// Firefox builds bundle the panel into the content scripts instead (src/overlay/load-panel.ts).
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    Object.assign(globalThis, { [PANEL_GLOBAL]: renderFindingsPanel });
  },
});
