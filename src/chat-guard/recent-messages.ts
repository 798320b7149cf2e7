import { EARLIER_MESSAGES } from '../messaging/chat-limits';
import type { ChatMessage } from '../signals/chat';

/** Conversations whose last messages are kept: a buyer switching among more in one page forgets the first. */
const CONVERSATIONS_KEPT = 50;

/**
 * The last messages sent to be checked, per conversation, oldest first. Each
 * batch goes with those sent before it, so the background can read a number
 * that one message begins and a later one finishes: a live chat sends each
 * new message on its own.
 */
export class RecentMessages {
  private readonly byConversation = new Map<string, ChatMessage[]>();

  /** The messages sent before `batch` in this conversation; `batch` is kept as sent. */
  before(conversation: string, batch: readonly ChatMessage[]): ChatMessage[] {
    const earlier = this.byConversation.get(conversation) ?? [];
    // Re-inserted, so the Map's first key is the conversation least recently sent to.
    this.byConversation.delete(conversation);
    this.byConversation.set(conversation, [...earlier, ...batch].slice(-EARLIER_MESSAGES));
    if (this.byConversation.size > CONVERSATIONS_KEPT)
      this.byConversation.delete(this.byConversation.keys().next().value!);
    return earlier;
  }
}
