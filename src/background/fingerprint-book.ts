import type { AccountBook } from '../chat/account-book';
import { accountFingerprint } from '../chat/account-fingerprint';
import type { ChatAccountRecord } from '../storage/db';

/**
 * The accounts this conversation has given, as fingerprints: those stored from earlier visits and those this check
 * finds. A number the detector puts together from pieces was in no message whole, so it is fingerprinted at the end.
 */
export class FingerprintBook implements AccountBook {
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
