import type { AccountMention } from './accounts';

/**
 * An account number sent in two pieces ("A/C: 9550 8800", then "rest of the acct: 2651 8300 117"), or a piece and
 * then the whole number: one account, not a change. The pieces are kept in memory for one check only.
 */

/** Words that say a number goes on from the last message: "rest of the acct", "account continue", "msg cut". */
const GOES_ON =
  /\b(?:rest|continues?|continued|continuation|remaining|cut|second\s+part|last\s+(?:\d+\s+)?digits|segunda\s+parte|deuxi[èe]me\s+partie|2e\s+partie|suite|ikinci\s+k[ıi]s[ıi]m)\b|вторая\s+часть|phần\s+sau|剩下|后面|接上/u;
/** A second piece may be short: "Second part: 8842 10". */
const A_SHORT_RUN = /(?<![\p{L}\p{N}])\d(?:[\s-]?\d){2,15}(?![\p{L}\p{N}])/u;

/** The number a message says goes on from the last one, however short: "rest of the acct: 2651 8300 117". */
export function secondPieceIn(text: string): AccountMention | null {
  if (!GOES_ON.test(text)) return null;
  const run = A_SHORT_RUN.exec(text);
  if (!run) return null;
  const key = run[0].replace(/[\s-]/g, '');
  return { text: run[0], index: run.index, key, lastFour: key.slice(-4) };
}

/** A first piece is short: no whole account number has fewer digits than this, in the chats we have seen. */
const LONGEST_PIECE = 12;

export class AccountPieces {
  private readonly given: string[] = [];

  /**
   * The whole number an account mention stands for when it finishes one begun earlier in this check: itself, when a
   * piece given before opens it (and no other whole number begun so was given); the last piece and it, when the
   * message says it goes on. Null when it finishes none.
   */
  wholeOf(key: string, letters: string): string | null {
    // A piece of a whole number given before: "ilk kısım 3220 0061 0018" after the whole.
    const whole = this.given.find(
      (given) => given !== key && key.length >= 4 && (given.startsWith(key) || given.endsWith(key)),
    );
    if (whole !== undefined) return whole;
    const piece = this.given.find((given) => given !== key && key.startsWith(given));
    if (piece !== undefined) {
      const anotherWhole = this.given.some(
        (given) => given !== key && given !== piece && given.startsWith(piece),
      );
      return anotherWhole ? null : key;
    }
    const last = this.given.at(-1);
    if (last !== undefined && last.length <= LONGEST_PIECE && GOES_ON.test(letters)) return last + key;
    return null;
  }

  add(key: string): void {
    this.given.push(key);
  }

  /**
   * A number sent alone that corrects one given before: as long, with one or two digits changed or swapped ("sorry:
   * 2010 0056 7721 8843" after "Acc: 2010 0056 7721 8834"). Another account in fact, whatever the supplier calls it.
   */
  corrects(key: string): boolean {
    return this.given.some(
      (given) => given !== key && given.length === key.length && differsInAtMostTwo(given, key),
    );
  }
}

function differsInAtMostTwo(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length && differences <= 2; i++) if (a[i] !== b[i]) differences++;
  return differences <= 2;
}
