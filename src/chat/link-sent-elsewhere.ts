import { hitAt, type Hit, type MessageView } from './message-view';
import { isInAWarning } from './warning';

// A payment or login link the chat never shows: "I sent the payment link to your email, please open it and complete",
// "click the invoice in the attachment and log in with your alibaba account". The page is out of the guard's sight, and
// Alibaba.com never asks anyone to log in from a link sent by mail or an attachment.

/**
 * Logging in with the buyer's Alibaba account on what the supplier sent: "click the invoice in the attachment and log in
 * with your alibaba account". Not "please log in with your Alibaba account and check the order", nor "never log in …".
 */
const LOG_IN_WITH_ALIBABA =
  /\b(?:attachment|attached|link|invoice|contract|e-?mail|mailbox|qr)\b[^.!?]{0,60}?(?<!\b(?:never|not|don'?t|do\s+not)\s+)\b(?:log\s?-?in|sign\s?-?in)\s+(?:with|using)\s+(?:your\s+|ur\s+)?alibaba(?:\.com)?\s+(?:account|id|password|login|username)\b/u;

/** A link, invoice or contract sent by mail or another app, to be opened to pay or log in. */
const SENT_TO_OPEN_ELSEWHERE =
  /\b(?:sent|send|emailed|mailed|forwarded)\s+(?:you\s+)?(?:the\s+|a\s+)?(?:payment\s+|secure\s+|new\s+)?(?:link|invoice|contract)\s+(?:\S+\s+){0,3}?(?:to|in|by|on|via)\s+(?:your\s+|ur\s+)?(?:e-?mail|mailbox|inbox|gmail|whatsapp)\b(?=[^]{0,120}?\b(?:open\s+(?:it\s+|the\s+link\s+)?and\s+(?:complete|pay|login|log\s?-?in|sign)|log\s?-?in|login|sign\s?-?in|complete\s+(?:the\s+)?(?:payment|checkout)|enter\s+(?:your\s+)?card)\b)/u;

/** Where a message asks the buyer to open a link it doesn't show, to log in or pay there. */
export function linkSentElsewhere(view: MessageView): Hit | null {
  const { letters } = view;
  const asked = LOG_IN_WITH_ALIBABA.exec(letters) ?? SENT_TO_OPEN_ELSEWHERE.exec(letters);
  if (!asked || isInAWarning(letters, asked.index)) return null;
  return {
    ...hitAt(
      'a link sent outside this chat, to log in or pay on a page it does not show',
      asked.index,
      asked[0],
    ),
    noun: 'link',
    advice:
      "Don't open that link or attachment, and don't log in or pay there. Open Alibaba.com yourself and find the order: Alibaba never asks you to log in or pay from a link sent by e-mail or in an attachment.",
  };
}
