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
    const earlier = request.earlier ?? [];
    const keys = new Set(
      [...earlier, ...request.messages]
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

/**
 * The accounts this conversation has given, as fingerprints: those stored from earlier visits and those this check
 * finds. A number the detector puts together from pieces was in no message whole, so it is fingerprinted at the end.
 */
class FingerprintBook implements AccountBook {
  private readonly knownHashes: Set<string>;
  private readonly lastFours: string[];
  private readonly firstSeen: ChatAccountRecord[] = [];
  private readonly wholes = new Map<string, string>();

  constructor(
    private readonly conversation: string,
    private readonly hashes: ReadonlyMap<string, string>,
    known: readonly ChatAccountRecord[],
    private readonly seenAt: number,
  ) {
    this.knownHashes = new Set(known.map((record) => record.hash));
    this.lastFours = known.map((record) => record.lastFour);
  }

  knows(key: string): boolean {
    return this.wholes.has(key) || this.knownHashes.has(this.hashes.get(key) ?? '');
  }

  earlier(): readonly string[] {
    return [...new Set(this.lastFours)];
  }

  remember(key: string, lastFour: string): void {
    if (this.knows(key)) return;
    this.lastFours.push(lastFour);
    const hash = this.hashes.get(key);
    if (hash === undefined) this.wholes.set(key, lastFour);
    else {
      this.knownHashes.add(hash);
      this.firstSeen.push(this.record(hash, lastFour));
    }
  }

  /** The records to store: accounts first seen in this check (none when there is no salt to fingerprint with). */
  async fresh(salt: string | null): Promise<ChatAccountRecord[]> {
    const records = [...this.firstSeen];
    if (salt === null) return records;
    for (const [key, lastFour] of this.wholes) {
      const hash = await accountFingerprint(salt, this.conversation, key);
      if (!this.knownHashes.has(hash)) records.push(this.record(hash, lastFour));
    }
    return records;
  }

  private record(hash: string, lastFour: string): ChatAccountRecord {
    return { conversation: this.conversation, hash, lastFour, seenAt: this.seenAt };
  }
}
