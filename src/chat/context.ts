import type { ChatSender } from '../signals/chat';

/** What the detector may know beyond one message's text. */
export interface ChatContext {
  /** The supplier's company name, when the chat shows it: a beneficiary by another name is a change. */
  supplierName?: string | null;
  /** Who wrote the message, when known: a beneficiary the buyer names is the buyer's own (a refund's), not a change. */
  from?: ChatSender;
}
