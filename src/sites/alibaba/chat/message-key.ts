import type { ChatSender } from '../../../signals/chat';

/**
 * A message's key: the same for the same message however often the list
 * re-renders it (a virtualised list draws a new element each time). The
 * messenger's own id when the row carries one; otherwise a hash of who sent
 * it, when, and its original text.
 */
export function messageKey(expinfo: string | null, from: ChatSender, time: string, original: string): string {
  const id = platformId(expinfo);
  return id ? `id:${id}` : `h:${hash64(`${from}\n${time}\n${original}`)}`;
}

/**
 * Id keys a row's data-expinfo JSON might carry. The notes show only
 * messageType and extBizType, and bots report no stable id on rows today:
 * these names are guesses that cost nothing when absent.
 */
const EXPINFO_ID = /"(?:messageId|msgId|messageUuid|msgUuid|clientMsgId)"\s*:\s*"?([A-Za-z0-9_.:-]{1,80})"?/;
function platformId(expinfo: string | null): string | null {
  // Most rows carry no id: the regex runs only when a key that could be one is there.
  if (expinfo === null || !(expinfo.includes('Id"') || expinfo.includes('Uuid"'))) return null;
  return EXPINFO_ID.exec(expinfo)?.[1] ?? null;
}

/**
 * Two 32-bit FNV-style hashes with different primes (the second mixed as it
 * goes), as 16 hex digits: collisions are negligible for a chat. One plain
 * loop: it runs over every message of a conversation in the page. Keys
 * printed by the audit command come from here: changing it changes them.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return hex8(a) + hex8(b);
}

/** Hex digits of every byte, made once: number-to-string conversion per key is slow in a cold script. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex8(value: number): string {
  return (
    (HEX[(value >>> 24) & 255] as string) +
    (HEX[(value >>> 16) & 255] as string) +
    (HEX[(value >>> 8) & 255] as string) +
    (HEX[value & 255] as string)
  );
}
