import { newSalt } from '../chat/account-fingerprint';
import type { WritableArea } from './market-settings';

const SALT_KEY = 'chatAccountSalt';
const DISMISSALS_KEY = 'chatDismissals';

/** The device's salt for account fingerprints, made on first use. */
export async function chatAccountSalt(area: WritableArea): Promise<string> {
  const stored = (await area.get(SALT_KEY))[SALT_KEY];
  if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
  const salt = newSalt();
  await area.set({ [SALT_KEY]: salt });
  return salt;
}

/**
 * "I know this sender", per conversation, kept in extension storage: the
 * conversation's identity and when it was dismissed. Entries that aren't
 * numbers are ignored, never a reason to drop the others.
 */
export class ChatDismissals {
  constructor(private readonly area: WritableArea) {}

  async isDismissed(conversation: string): Promise<boolean> {
    return Object.hasOwn(await this.all(), conversation);
  }

  async set(conversation: string, dismissed: boolean, now = Date.now()): Promise<void> {
    const all = await this.all();
    if (dismissed) all[conversation] = now;
    else delete all[conversation];
    await this.area.set({ [DISMISSALS_KEY]: all });
  }

  async count(): Promise<number> {
    return Object.keys(await this.all()).length;
  }

  async clear(): Promise<void> {
    await this.area.set({ [DISMISSALS_KEY]: {} });
  }

  private async all(): Promise<Record<string, number>> {
    const stored = (await this.area.get(DISMISSALS_KEY))[DISMISSALS_KEY];
    const all: Record<string, number> = {};
    if (typeof stored !== 'object' || stored === null) return all;
    for (const [conversation, when] of Object.entries(stored))
      if (typeof when === 'number') all[conversation] = when;
    return all;
  }
}
