import { z } from 'zod';
import { ChatFindingSchema, ChatMessageSchema } from '../signals/chat';
import { EARLIER_MESSAGES } from './chat-limits';

/** The chat guard's messages to the background, and the options page's about what it remembers (see protocol.ts). */

/** A conversation's identity: the same text for every visit to the same chat (see the chat adapter). */
const ConversationSchema = z.string().min(1).max(300);

/**
 * Chat content script -> background: check these messages of one conversation.
 * Account details they give are compared with those seen earlier in it.
 */
export const CheckChatRequestSchema = z.object({
  type: z.literal('check-chat'),
  conversation: ConversationSchema,
  /** The supplier's company name as the chat shows it, for beneficiary checks. */
  supplierName: z.string().max(300).nullable(),
  messages: z.array(ChatMessageSchema).max(500),
  /**
   * The last few messages of the conversation checked before these, oldest first: not judged again, only read for
   * an account number begun there and finished in these, and for a supplier's request these replies carry on (a live
   * chat checks each new message as it comes).
   */
  earlier: z.array(ChatMessageSchema).max(EARLIER_MESSAGES).optional(),
});
export type CheckChatRequest = z.infer<typeof CheckChatRequestSchema>;

export const CheckChatResponseSchema = z.object({
  /** One per message sent, in the same order. */
  messages: z.array(z.object({ id: z.string(), findings: z.array(ChatFindingSchema) })),
});
export type CheckChatResponse = z.infer<typeof CheckChatResponseSchema>;

/** Chat content script -> background: read, or set, "I know this sender" for one conversation. */
export const ChatDismissalRequestSchema = z.object({
  type: z.literal('chat-dismissal'),
  conversation: ConversationSchema,
  /** Absent: only read it. */
  dismissed: z.boolean().optional(),
});
export const ChatDismissalSchema = z.object({ dismissed: z.boolean() });
export type ChatDismissal = z.infer<typeof ChatDismissalSchema>;

/** Options page -> background: forget the account details and dismissals the chat guard remembers. */
export const ClearChatMemoryRequestSchema = z.object({ type: z.literal('clear-chat-memory') });
export const ChatMemorySizeRequestSchema = z.object({ type: z.literal('chat-memory-size') });
export const ChatMemorySizeSchema = z.object({
  accounts: z.number().int().min(0),
  dismissals: z.number().int().min(0),
});
export type ChatMemorySize = z.infer<typeof ChatMemorySizeSchema>;
