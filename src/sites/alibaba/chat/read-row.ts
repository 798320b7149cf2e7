import type { ChatMessage, ChatSender } from '../../../signals/chat';
import { messageKey } from './message-key';
import { readRowText } from './message-text';
import {
  CARD_PART,
  DIRECTION,
  INCOMING_CLASS,
  OUTGOING_CLASS,
  QUOTE,
  SYSTEM_ROW_CLASSES,
  SYSTEM_TEXT_MARKERS,
  TEXT_MESSAGE_TYPE,
  TEXT_PARTS,
} from './selectors';

/** Why a row holds no message to check. */
export type SkipReason = 'system' | 'card' | 'no-direction' | 'no-text';

/** One row, read: a message with its key (the message's id), or why it was skipped. */
export type RowReading = { kind: 'message'; message: ChatMessage } | { kind: 'skipped'; reason: SkipReason };

const SKIPPED: Readonly<Record<SkipReason, RowReading>> = {
  system: { kind: 'skipped', reason: 'system' },
  card: { kind: 'skipped', reason: 'card' },
  'no-direction': { kind: 'skipped', reason: 'no-direction' },
  'no-text': { kind: 'skipped', reason: 'no-text' },
};

/**
 * Reads one message row. It runs for every row of a conversation in the
 * page, where the first touch of each DOM object from the extension's world
 * costs a wrapper; so it reads strings (className, attributes, textContent)
 * and touches only the row and its text element. No layout.
 * Never throws on markup it doesn't know; it says what it skipped.
 */
export function readRow(row: Element): RowReading {
  const classes = ` ${row.className} `;
  for (const name of SYSTEM_CLASSES_PADDED) if (classes.includes(name)) return SKIPPED.system;
  const expinfo = row.getAttribute('data-expinfo');
  if (isCard(row, expinfo)) return SKIPPED.card;
  const whole = row.textContent ?? '';
  const { original, full } = readRowText(row);
  if (sentBySystem(row, whole, full)) return SKIPPED.system;
  const from = directionIn(classes) ?? directionOf(row);
  if (!from) return SKIPPED['no-direction'];
  if (full === '') return SKIPPED['no-text'];
  const time = STAMP.exec(whole)?.[0] ?? '';
  return {
    kind: 'message',
    message: { id: messageKey(expinfo, from, time, original), from, text: full },
  };
}

/**
 * The time printed on the row ("2025-12-01 10:02:11", in its sender line,
 * which comes before the text), found in the row's text: reading the time's
 * own element would cost a DOM lookup per row. It only has to be the same
 * each time the row is drawn, for the key.
 */
const STAMP = /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?/;

// Class names padded with spaces, to find whole names in ` ${className} `.
const SYSTEM_CLASSES_PADDED = SYSTEM_ROW_CLASSES.map((name) => ` ${name} `);
const INCOMING_PADDED = ` ${INCOMING_CLASS} `;
const OUTGOING_PADDED = ` ${OUTGOING_CLASS} `;

/**
 * The messenger's "sent by the system" labels, outside the message's own
 * words and any message it quotes: a sender can't hide a message from the
 * guard by typing or quoting the label.
 */
function sentBySystem(row: Element, whole: string, text: string): boolean {
  for (const marker of SYSTEM_TEXT_MARKERS) {
    if (!whole.includes(marker)) continue;
    const quoted = Array.from(row.querySelectorAll(QUOTE), (quote) => quote.textContent ?? '').join('\n');
    if (count(whole, marker) > count(text, marker) + count(quoted, marker)) return true;
  }
  return false;
}

function count(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

const TEXT_TYPE = `"messageType":${TEXT_MESSAGE_TYPE}`;
const MESSAGE_TYPE = /"messageType"\s*:\s*(\d+)/;

/** Cards are rows of another messageType, or rows with card parts and no text of their own. */
function isCard(row: Element, expinfo: string | null): boolean {
  if (expinfo !== null) {
    const at = expinfo.indexOf(TEXT_TYPE);
    // The usual text row, told apart without a regex ("messageType":1 then , or }).
    if (at !== -1 && !/\d/.test(expinfo.charAt(at + TEXT_TYPE.length))) return false;
    const type = MESSAGE_TYPE.exec(expinfo)?.[1];
    if (type !== undefined) return Number(type) !== TEXT_MESSAGE_TYPE;
  }
  return row.querySelector(TEXT_PARTS) === null && row.querySelector(CARD_PART) !== null;
}

/** Direction from a class list (padded with spaces): left is the supplier, right the buyer; both or neither is unknown. */
function directionIn(classes: string): ChatSender | null {
  const left = classes.includes(INCOMING_PADDED);
  const right = classes.includes(OUTGOING_PADDED);
  if (left === right) return null;
  return left ? 'supplier' : 'buyer';
}

/** Incoming (left) rows are the supplier's; outgoing (right) rows are the buyer's own. */
export function directionOf(row: Element): ChatSender | null {
  const own = directionIn(` ${row.className} `);
  if (own) return own;
  const holder = row.querySelector(DIRECTION);
  return holder ? directionIn(` ${holder.className} `) : null;
}
