import type { AccountBook } from '../chat/account-book';
import { accountFingerprint } from '../chat/account-fingerprint';
import { findAccounts, findBareNumbers, mayGiveAccount } from '../chat/accounts';
import { checkConversation } from '../chat/conversation';
import { normaliseChatText } from '../chat/normalise';
import type { CheckChatRequest, CheckChatResponse } from '../messaging/chat-protocol';
import type { ChatAccountRecord } from '../storage/db';

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
    const hashes = new Map<string, string>();
    try {
      if (keys.size > 0) {
        const salt = await deps.salt();
        for (const key of keys) hashes.set(key, await accountFingerprint(salt, conversation, key));
        known = await deps.memory.known(conversation);
      }
    } catch {
      known = [];
    }
    const seenAt = (deps.now ?? Date.now)();
    const knownHashes = new Set(known.map((record) => record.hash));
    const lastFours = known.map((record) => record.lastFour);
    const fresh: ChatAccountRecord[] = [];
    const book: AccountBook = {
      knows: (key) => knownHashes.has(hashes.get(key) ?? ''),
      earlier: () => [...new Set(lastFours)],
      remember(key, lastFour) {
        const hash = hashes.get(key);
        if (!hash || knownHashes.has(hash)) return;
        knownHashes.add(hash);
        lastFours.push(lastFour);
        fresh.push({ conversation, hash, lastFour, seenAt });
      },
    };
    const checked = checkConversation(request.messages, { supplierName: request.supplierName }, book);
    await deps.memory.remember(fresh).catch(() => undefined);
    return { messages: checked.map(({ id, findings }) => ({ id, findings })) };
  };
}
