/**
 * The payment accounts a conversation has given so far: a later message with
 * another account is a change, even when it doesn't say so. The book may be
 * backed by storage (the extension keeps salted hashes across visits) or
 * live only for one check (the audit command, the popup).
 */
export interface AccountBook {
  knows(key: string): boolean;
  /** Last four characters of the accounts given before. */
  earlier(): readonly string[];
  remember(key: string, lastFour: string): void;
}

export function memoryBook(): AccountBook {
  const seen = new Map<string, string>();
  return {
    knows: (key) => seen.has(key),
    earlier: () => [...new Set(seen.values())],
    remember: (key, lastFour) => void seen.set(key, lastFour),
  };
}
