import { providePanelRenderer } from '../../src/overlay/load-panel';
import { renderFindingsPanel } from '../../src/ui/panel-renderer';

// In the browser the findings panel's own script loads on first open (import of an extension
// URL, covered by the browser tests); under happy-dom it is provided directly.
providePanelRenderer(renderFindingsPanel);
