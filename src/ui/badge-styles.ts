/**
 * Styles for the badge's shadow root. `:host` declarations are !important
 * because the page's own rules on the host element would otherwise win;
 * `all: initial` stops inherited page styles (fonts, colours, line-height).
 * Colours keep at least 4.5:1 contrast for their text.
 */
export const BADGE_CSS = `
:host { all: initial !important; display: inline-block !important; vertical-align: middle !important;
  margin: 2px 0 2px 6px !important; line-height: normal !important; position: static !important; }
* { box-sizing: border-box; }
.sr-badge { all: unset; display: inline-flex; align-items: center; gap: 5px; cursor: pointer;
  font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 3px 8px;
  border-radius: 999px; white-space: nowrap; border: 1px solid transparent; }
.sr-badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sr-badge__dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; opacity: .85; }
.sr-level--low { background: #e6f4ea; color: #0b5b24; border-color: #a8d5b5; }
.sr-level--medium { background: #fff4d6; color: #6b4200; border-color: #f0c869; }
.sr-level--high { background: #fce8e6; color: #a0140c; border-color: #f1a39c; }
.sr-level--unknown { background: #f1f3f4; color: #3c4043; border-color: #c4c7ca; }
.sr-popover { position: fixed; inset: auto; margin: 0; padding: 0; border: 0; background: transparent;
  width: 340px; max-width: calc(100vw - 16px); overflow: auto; }
.sr-popover:not(:popover-open) { display: block; position: absolute; z-index: 2147483647; }
.sr-panel { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124;
  background: #fff; border: 1px solid #dadce0; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  padding: 12px 14px; text-align: left; }
.sr-panel__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.sr-panel__level { padding: 2px 8px; border-radius: 999px; border: 1px solid transparent; font-size: 13px; }
.sr-panel__close { all: unset; cursor: pointer; font-size: 20px; line-height: 1; padding: 0 4px; color: #5f6368; }
.sr-panel__close:focus-visible { outline: 2px solid #1a73e8; }
.sr-panel__subject { margin: 8px 0 0; font-weight: 600; }
.sr-panel__explainer { margin: 4px 0 8px; color: #3c4043; }
.sr-findings h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5f6368; margin: 10px 0 4px; }
.sr-findings ul { list-style: none; margin: 0; padding: 0; }
.sr-finding { display: flex; gap: 8px; padding: 3px 0; }
.sr-finding__mark { flex: 0 0 18px; height: 18px; border-radius: 50%; font: 700 11px/18px system-ui, sans-serif;
  text-align: center; color: #fff; background: #5f6368; }
.sr-finding--danger .sr-finding__mark { background: #b3261e; }
.sr-finding--warning .sr-finding__mark { background: #8a5300; }
.sr-findings--good .sr-finding__mark { background: #137333; }
.sr-finding__evidence { color: #5f6368; }
.sr-panel__empty { color: #5f6368; }
.sr-panel__foot { margin-top: 10px; padding-top: 8px; border-top: 1px solid #eceff1; font-size: 11px; color: #5f6368; }
`;
