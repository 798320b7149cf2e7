/** What the detector may know beyond one message's text. */
export interface ChatContext {
  /** The supplier's company name, when the chat shows it: a beneficiary by another name is a change. */
  supplierName?: string | null;
}
