/** Where the panel script leaves its renderer for the content script (both run in the same isolated world). */
export const PANEL_GLOBAL = '__supplierRadarPanel';
