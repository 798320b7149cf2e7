import type { Hit, MessageView } from './message-view';
import { sentenceAround } from './sentences';

/**
 * A reply to a question, quoting the words it was about: "re your question: "the container leaves in 6 hours" — yes,
 * but your sofas are already loaded", "a short explanation about the "new account" you saw", "you asked about "the gift
 * card thing": no", "before you said: "freight pay by WeChat Pay to my personal"". The quoted words are discussed, not
 * said to the reader (probe 72's long replies).
 */
const ANSWERS_A_QUESTION =
  /\b(?:re|regarding|about|answering|to\s+answer)\s+(?:your|the)\s+(?:question|email|e-mail|message)\b|\byou\s+asked\s+(?:about|whether|if)\b|\byour\s+question\s+(?:about|on|whether)\b|\bi\s+was\s+asked\s+whether\b|["”]\s+you\s+(?:saw|got|received|mentioned|noticed|asked\s+about)\b|\byou\s+wrote\b|\byou\s+said\s*:|\byour\s+question\s*:|\b(?:we|i)\s+meant\b|\b(?:i|we)\s+(?:got|received|read)\s+your\s+(?:message|e-?mail|note)\b|\bsobre\s+a\s+sua\s+pergunta\b|\bpour\s+r[ée]pondre\s+[àa]\s+votre\s+question\b/u;

/** The last quotation mark opened before the words, with no other quotation mark after it. */
const QUOTE_OPEN_BEFORE = /["“«「][^"“”«»「」\n]*$/u;
/** …and its closing mark after them, on the same line. */
const QUOTE_CLOSED_AFTER = /^[^"“”«»「」\n]*["”»」]/u;
/** How far a quotation may reach from the words either way. */
const QUOTE_REACH = 60;
/** A whole message quoted, over lines ('a "buyer" wrote: "Dear supplier, we will pay …"'): read only in a warning. */
const LONG_QUOTE_OPEN_BEFORE = /["“«「„][^"“”«»「」„]*$/u;
const LONG_QUOTE_CLOSED_AFTER = /^[^"“”«»「」„]*["”»」“]/u;
const LONG_QUOTE_REACH = 400;

/**
 * A sentence that tells what someone else asks, in a message that warns about it: "the message you got from "Ningbo
 * Brightway accounting" asking you to … remit to a new account", "it says you have 24 hours to re-verify", "messages
 * from other accounts claiming to be our "holiday duty team" and asking for urgent payments".
 */
const REPORTS_WHAT_OTHERS_ASK =
  /\b(?:messages?|e-?mails?|mails?|sms|texts?|letters?|notices?|calls?)\s+(?:\S+\s+){0,8}?(?:asking|saying|telling|claiming|requesting|demanding)\b|\b(?:asking|asks|asked|telling|tells|told)\s+(?:you|u|buyers?|customers?|clients?|them|people)\s+(?:to|for)\b|\basking\s+for\b|\b(?:received|got)\s+(?:an?|the|this|that)\s+(?:\S+\s+){0,4}?(?:letter|e-?mail|message|sms|notice)\b|\b(?:customer|buyer|client|someone|somebody|anyone|people)s?\s+(?:asks?|asked|asking|wants?|wanted)\s+(?:to|for|if|whether)\b|\b(?:pedindo|pidiendo|demandant|dizendo|diciendo|disant)\b|\b(?:it|they|he|she)\s+(?:says|said|claims|claimed)\b|\bclaiming\s+to\s+be\b/u;

/** A forwarded e-mail's line, quoted with ">" at its start. */
const QUOTED_LINE = /^\s*>/u;

/** The hit's words are on a forwarded e-mail's ">" line. */
function onAQuotedLine(text: string, hit: Hit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  return QUOTED_LINE.test(text.slice(lineStart, hit.start));
}

/** Inside quotation marks that may reach over lines, with the text before and after the words. */
function insideALongQuote(before: string, after: string): boolean {
  return LONG_QUOTE_OPEN_BEFORE.test(before) && LONG_QUOTE_CLOSED_AFTER.test(after);
}

/** The text up to LONG_QUOTE_REACH before and after the hit's words. */
function around(text: string, hit: Hit): { before: string; after: string } {
  return {
    before: text.slice(Math.max(0, hit.start - LONG_QUOTE_REACH), hit.start),
    after: text.slice(hit.end, hit.end + LONG_QUOTE_REACH),
  };
}

/** Whether the hit's words are on a forwarded e-mail's ">" line or inside quotation marks (reaching over lines). */
export function isQuoted(view: MessageView, hit: Hit): boolean {
  const { before, after } = around(view.letters, hit);
  return onAQuotedLine(view.letters, hit) || insideALongQuote(before, after);
}

/**
 * Whether the hit's words sit inside quotation marks in a message that answers a question about them or warns about
 * a scam ('because of fake "account under audit" messages going around'); or, in a message that warns about a scam,
 * on a forwarded e-mail's ">" line ("copied from an Alibaba notice: > … They may ask you to pay via Western Union …"),
 * in a whole message quoted over lines, or in a sentence that reports what someone else asks.
 */
export function isQuotedNotSaid(view: MessageView, hit: Hit): boolean {
  const text = view.letters;
  if (onAQuotedLine(text, hit) && view.warns) return true;
  const { before, after } = around(text, hit);
  if (
    QUOTE_OPEN_BEFORE.test(before.slice(-QUOTE_REACH)) &&
    QUOTE_CLOSED_AFTER.test(after.slice(0, QUOTE_REACH))
  )
    return ANSWERS_A_QUESTION.test(text) || view.warns;
  const reported =
    insideALongQuote(before, after) || REPORTS_WHAT_OTHERS_ASK.test(sentenceAround(text, hit.start).text);
  return reported && view.warns;
}
