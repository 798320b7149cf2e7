import { matchesOf } from './matches';

/** A crypto wallet address a message gives (as it stands in the normalised, lower-cased text). */
export interface WalletMention {
  text: string;
  index: number;
}

/**
 * Receiving addresses of the coins scammers ask for, by each chain's address
 * format: EVM chains (0x and 40 hex digits: USDT on Ethereum or BNB Chain),
 * Bitcoin (bech32 "bc1…", and the older base58 "1…" and "3…"), and TRON ("T"
 * and 33 more: USDT TRC-20); Solana's below. The text is lower-cased, so
 * base58's upper and lower case are one here. Each branch begins with its
 * own characters, and what stands before a match is checked in code: a
 * look-behind opening the pattern would be tried at every place of every
 * message.
 */
const ADDRESS =
  /(?:0x[0-9a-f]{40}|bc1[02-9ac-hj-np-z]{11,71}|[13][1-9a-z]{25,34}|t[1-9a-z]{33})(?![a-z0-9@_-]|\.[a-z])/g;

/** Part of a longer word, a link, an e-mail address or a parameter: not an address given to pay to. */
const INSIDE_SOMETHING = /[\p{L}\p{N}./@=_-]/u;

/** A base58 address mixes letters and digits; a long plain word ("t" and 33 letters) is not one. */
const MIXED = /^(?=(?:[^0-9]*[0-9]){2})(?=(?:[^a-z]*[a-z]){2})/;

/**
 * A Solana address is base58 of 32 to 44 characters with no prefix of its
 * own, so alone it can't be told from a long code. It counts where the
 * message names Solana (or SOL) just before it: "my Solana wallet: 7xKX…".
 */
const SOLANA_ADDRESS =
  /\b(?:solana|sol)\b[^.!?\n]{0,30}?(?<![\p{L}\p{N}])([1-9a-z]{32,44})(?![\p{L}\p{N}@_-]|\.[a-z])/gu;

/** Every address holds a digit ("0x", "bc1", and base58's mix): a message without one holds none. */
const HAS_DIGIT = /\d/;

/** The shortest address any branch matches: a shorter message holds none. */
const SHORTEST = 14;

export function findWalletAddresses(text: string): WalletMention[] {
  const found: WalletMention[] = [];
  if (text.length < SHORTEST || !HAS_DIGIT.test(text)) return found;
  for (const match of matchesOf(ADDRESS, text)) {
    const address = match[0];
    if (match.index > 0 && INSIDE_SOMETHING.test(text.charAt(match.index - 1))) continue;
    if (!address.startsWith('0x') && !MIXED.test(address)) continue;
    found.push({ text: address, index: match.index });
  }
  if (text.includes('sol')) found.push(...solanaAddresses(text));
  return found;
}

function solanaAddresses(text: string): WalletMention[] {
  const found: WalletMention[] = [];
  for (const match of matchesOf(SOLANA_ADDRESS, text)) {
    const address = match[1]!;
    if (MIXED.test(address))
      found.push({ text: address, index: match.index + match[0].length - address.length });
  }
  return found;
}
