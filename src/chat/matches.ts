/**
 * The matches of a global regex, in order. `String.prototype.matchAll` clones
 * its regex on every call, which costs more than the search itself on a short
 * chat message; the detector runs dozens of patterns per message.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    const next = pattern.lastIndex;
    yield match;
    pattern.lastIndex = next;
  }
}

/** Whether `index` falls within a mention found in the text (a link, an account number), as quoted from it. */
export function isWithin(index: number, mention: { index: number; text: string }): boolean {
  return index >= mention.index && index < mention.index + mention.text.length;
}
