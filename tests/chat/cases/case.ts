import type { ChatRuleId } from '../../../src/signals/chat';

/**
 * Our own chat cases, written apart from the development corpus so the
 * detector is held to sentences it was not tuned on. Each lists exactly the
 * rules it must raise; an empty list means benign.
 */
export interface ChatCase {
  text: string;
  rules: ChatRuleId[];
}

export const PAY: ChatRuleId = 'off-platform-payment';
export const CHANGE: ChatRuleId = 'payment-details-change';
export const CONTACT: ChatRuleId = 'off-platform-contact';
export const LINK: ChatRuleId = 'suspicious-link';
export const PRESSURE: ChatRuleId = 'pressure';
