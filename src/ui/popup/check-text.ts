import type { ChatFinding } from '../../signals/chat';

/** As much as one chat message may hold: longer pastes are cut so the popup stays responsive. */
export const MAX_CHECK_CHARS = 20_000;

export type Detect = (text: string) => ChatFinding[];

export interface TextCheck {
  /** The text that was checked (cut to MAX_CHECK_CHARS). */
  text: string;
  /** Length of the pasted text, when it was cut. */
  cutFrom: number | null;
  findings: ChatFinding[];
}

/** Runs the chat guard on pasted text; null when there is nothing to check. */
export function checkText(pasted: string, detect: Detect): TextCheck | null {
  if (pasted.trim() === '') return null;
  const text = cut(pasted, MAX_CHECK_CHARS);
  return { text, cutFrom: text.length < pasted.length ? pasted.length : null, findings: detect(text) };
}

/** Cuts without splitting an emoji or other character outside the basic plane in half. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}
