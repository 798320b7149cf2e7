import { accountFingerprint } from '../chat/account-fingerprint';
import { findAccounts, findBareNumbers, mayGiveAccount } from '../chat/accounts';
import { checkConversation } from '../chat/conversation';
import { normaliseChatText } from '../chat/normalise';
import type { CheckChatRequest, CheckChatResponse } from '../messaging/chat-protocol';
import type { ChatAccountRecord } from '../storage/db';
import { FingerprintBook } from './fingerprint-book';

export interface ChatCheckDeps {
  memory: {
    known(conversation: string): Promise<ChatAccountRecord[]>;
    remember(records: readonly ChatAccountRecord[]): Promise<void>;
  };
  salt(): Promise<string>;
  now?: () => number;
}

/**
 * The background's side of the chat guard: the detector, plus the accounts
 * this conversation gave on earlier visits (as fingerprints), so an account
 * that changes between visits is caught. A memory that can't be read or
 * written only loses that comparison, never the verdicts.
 */
export function createChatCheck(
  deps: ChatCheckDeps,
): (request: CheckChatRequest) => Promise<CheckChatResponse> {
  return async (request) => {
    const { conversation } = request;
    const earlier = request.earlier ?? [];
    // Fingerprinted: the accounts these messages give (earlier ones are only read: for pieces of a number, and for
    // open requests).
    const keys = new Set(
      request.messages
        // Only these need normalising twice (here and in the detector): most messages hold no long number.
        .filter((m) => m.from === 'supplier' && mayGiveAccount(m.text))
        .flatMap((m) => {
          // Bare numbers too: after bank details, the detector reads them as the account's.
          const text = normaliseChatText(m.text).text;
          return [...findAccounts(text), ...findBareNumbers(text)].map((a) => a.key);
        }),
    );
    let known: ChatAccountRecord[] = [];
    let salt: string | null = null;
    const hashes = new Map<string, string>();
    try {
      if (keys.size > 0) {
        salt = await deps.salt();
        for (const key of keys) hashes.set(key, await accountFingerprint(salt, conversation, key));
        known = await deps.memory.known(conversation);
      }
    } catch {
      known = [];
    }
    const seenAt = (deps.now ?? Date.now)();
    const memory = new FingerprintBook(conversation, hashes, known, seenAt);
    const checked = checkConversation(
      request.messages,
      { supplierName: request.supplierName },
      memory,
      earlier,
    );
    try {
      await deps.memory.remember(await memory.fresh(salt));
    } catch {
      // Not stored: only the comparison on a later visit is lost.
    }
    return { messages: checked.map(({ id, findings }) => ({ id, findings })) };
  };
}
