import { z } from 'zod';
import { SeveritySchema } from './assessment';

/** The chat guard's fixed rule ids, in the order findings are listed. */
export const CHAT_RULE_IDS = [
  'off-platform-payment',
  'payment-details-change',
  'off-platform-contact',
  'suspicious-link',
  'pressure',
] as const;
export const ChatRuleIdSchema = z.enum(CHAT_RULE_IDS);
export type ChatRuleId = z.infer<typeof ChatRuleIdSchema>;

/** Who wrote a message, from the buyer's side of the conversation. */
export const ChatSenderSchema = z.enum(['supplier', 'buyer']);
export type ChatSender = z.infer<typeof ChatSenderSchema>;

/** One chat message as an adapter read it: plain text, never HTML. */
export const ChatMessageSchema = z.object({
  id: z.string().min(1).max(200),
  from: ChatSenderSchema,
  text: z.string().max(20_000),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const ChatFindingSchema = z.object({
  rule: ChatRuleIdSchema,
  severity: SeveritySchema,
  /** What was found, in plain words. */
  message: z.string(),
  /** The words that matched, as they read after normalising (a substring of the normalised text). */
  evidence: z.string(),
  /** What to do instead. */
  advice: z.string(),
});
export type ChatFinding = z.infer<typeof ChatFindingSchema>;

export interface CheckedMessage extends ChatMessage {
  findings: ChatFinding[];
}
