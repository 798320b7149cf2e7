// Letters that pass for plain Latin ones: what the normaliser folds inside mixed-script words, and what a link's host is
// read as to tell a look-alike of a real site.

/** Cyrillic and Greek letters, and Latin small capitals, that look like plain Latin ones (after lower-casing). */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ε: 'e',
  ѡ: 'w',
  һ: 'h',
  // Small capitals: "ᴡʜᴀᴛsᴀᴘᴘ".
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');
const HAS_LOOK_ALIKE = new RegExp(LOOK_ALIKE_PATTERN.source);

/** Whether `text` holds any look-alike letter: most text holds none, and then needs no folding. */
export function hasLookAlike(text: string): boolean {
  return HAS_LOOK_ALIKE.test(text);
}

/** Every look-alike letter read as the Latin one it imitates ("аlibaba" → "alibaba"). */
export function latinSkeleton(text: string): string {
  return text.replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKES[c] ?? c);
}
