/**
 * What the extension keeps of an account number: a SHA-256 of the device's
 * own random salt, the conversation and the number. Equal numbers give equal
 * fingerprints on this device; the number can't be read back from one.
 */
export async function accountFingerprint(salt: string, conversation: string, key: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}\u0000${conversation}\u0000${key}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh salt for this device: 16 random bytes as hex. */
export function newSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
