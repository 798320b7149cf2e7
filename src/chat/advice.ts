import type { ChatRuleId } from '../signals/chat';
import type { Severity } from '../signals/assessment';

/** How each chat rule speaks to the buyer: what it found, and what to do instead. */
export interface RuleVoice {
  severity: Severity;
  /** The finding's message, given what matched ("Western Union") and, where the rule names it, what it is. */
  message(label: string, noun?: string): string;
  advice: string;
}

export const RULE_VOICES: Record<ChatRuleId, RuleVoice> = {
  'off-platform-payment': {
    severity: 'danger',
    message: (label) => `Payment outside the protected order: ${label}`,
    advice:
      'Pay only through the Trade Assurance order on Alibaba.com. Alibaba never asks you to pay a personal account, a money transfer service, crypto or gift cards.',
  },
  'payment-details-change': {
    severity: 'danger',
    message: (label) => `Payment details changed: ${label}`,
    advice:
      "Don't pay to new details sent in chat. The order page on Alibaba.com shows where to pay; confirm any change with the supplier on a channel you already trust.",
  },
  'off-platform-contact': {
    severity: 'warning',
    message: (label) => `Moves the conversation off Alibaba.com: ${label}`,
    advice:
      "Keep talking and sending documents in Alibaba's messenger: it is the record Alibaba uses if you ever need to open a dispute.",
  },
  'suspicious-link': {
    severity: 'danger',
    message: (label, noun = 'link') => `Suspicious ${noun}: ${label}`,
    advice:
      "Don't log in, pay, download or open files from this message, and don't trust mail from this address. Open Alibaba.com yourself and find the order there.",
  },
  pressure: {
    severity: 'warning',
    message: (label) => `Pressure: ${label}`,
    advice:
      'Take your time. A genuine supplier will wait while you check samples, inspection and the Trade Assurance order.',
  },
};
