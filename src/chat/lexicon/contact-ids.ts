/** What an app's ID or a phone number looks like in chat, and the spec-sheet figures that only look like one. */

export const HANDLE = '(?:@[\\p{L}\\p{N}._-]{3,}|[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{2,})';
/**
 * A handle given without a colon must look like one: a word with a digit or an underscore in it, not "group" or "24h".
 * At most 41 characters (WeChat and Telegram IDs have at most 32): read without a limit, a run of Chinese, whose spaces
 * normalising drops, was read to its end after every app it named. It ends with a letter, a digit or an underscore: a
 * full stop after it ends the sentence.
 */
export const HANDLE_WITH_DIGIT =
  '(?=[\\p{L}\\p{N}._-]{0,40}[\\p{L}])(?=[\\p{L}\\p{N}._-]{0,40}[\\d_])[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{2,39}[\\p{L}\\p{N}_](?![\\p{L}\\p{N}])';
/**
 * A handle that needs no "my" or "ID" before it to be one: a name joined by an underscore ("amy_zhang1990", "anna_textile")
 * or a name of three letters or more with a number after it ("sunny88"). "v8", "business2" or "4k" after an app are not.
 */
export const NAMED_HANDLE =
  '(?=[\\p{L}\\p{N}.-]{0,40}_[\\p{L}\\p{N}]|\\p{L}{3,24}\\d{2,8}(?![\\p{L}\\p{N}]))\\p{L}{2}[\\p{L}\\p{N}._-]{1,38}[\\p{L}\\p{N}_](?![\\p{L}\\p{N}])';
/** A handle whose number is spaced out to slip past a filter: "anna 7 7", "kevin6 6 6" (a phone number has more digits). */
export const SPACED_HANDLE = '[\\p{L}][\\p{L}\\p{N}._-]{1,24}(?:\\s\\d){2,4}(?![\\p{L}\\p{N}]|\\s\\d)';
/** Every character of an ID spaced out after "WeChat:" ("h x 8 8 2 7"): single letters, then single digits. */
export const SPACED_OUT_ID = '\\p{L}(?:\\s\\p{L}){0,12}(?:\\s\\d){2,8}(?![\\p{L}\\p{N}]|\\s\\d)';
/** Units a spec sheet puts after a figure or a range ("4-20mA", "800-2700MHz", "3600 - 4800 bottles"). */
const UNIT =
  '(?:mm|cm|kg|vdc|vac|kw|ma|mah|hz|khz|mhz|ghz|db|dbi|dbm|ohms?|rpm|bar|psi|pcs|units|sets|pieces|bottles)\\b|%';
/** A single-letter unit only written tight ("30x", "220v"): "… 8000 a day" is a number and a word. */
const MEASURE_AFTER = `(?:x|m|g|v|w|a)\\b|\\s?(?:${UNIT})`;
/**
 * After "TG:", "Zoom:" or "IMO:", a product's or a ship's figure, not an ID: a PCB's "TG: 170", a lens's "Zoom: 30x",
 * a sensor's "Signal: 4-20mA", a vessel's seven-digit IMO number. An ID is longer than four digits, and no measure.
 */
export const NOT_A_SPEC = `(?!\\d{1,4}(?![\\p{L}\\p{N}._-])|\\d+(?:[.,]\\d+)?(?:\\s?[-~]\\s?\\d+(?:[.,]\\d+)?)?(?:${MEASURE_AFTER})|(?<=\\bimo\\s*[:：]\\s*)\\d{7}(?!\\d))`;
/**
 * A plus may be written as the full-width ＋ or the ➕ emoji; the digits may be split by stars, brackets or symbols to slip
 * past a filter ("(+86)138*0012*3456", "138 ✈ 0012 ✈ 8899"); a figure with a unit after it ("800-2700MHz") is no phone.
 */
export const NUMBER = `[+＋➕(]*\\s?\\d[\\d\\s*()\\u2600-\\u27bf\\ufe0f-]{6,}\\d(?!\\d|${MEASURE_AFTER})`;
/** A digit written as a word (English, Indonesian, Russian), which a filter of phone numbers lets through. */
const DIGIT_WORD =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять)(?![\\p{L}])';
/**
 * A phone number with some or all of its digits written as words: "one5nine 22 33 44 55", "138 nol nol 12 3456",
 * "один три восемь 0012", "eight six one three …". Seven or more, so no "one or two".
 */
export const WORDED_NUMBER = `(?:[+＋]|plus\\s)?\\s?(?=(?:\\d[\\s.-]?){0,16}${DIGIT_WORD})(?:\\d|${DIGIT_WORD})(?:[\\s,.-]{0,2}(?:\\d|${DIGIT_WORD})){6,}(?!\\d)`;
/** App names that are also spec-sheet words: "Signal: RS485", "Zoom: optical", "Tg: high", "Line: single phase". */
const SPEC_WORD_APP = '(?:line|signal|zoom|tg|imo)';
/** After a spec-sheet word, another noun makes it a different thing: "Line speed per hour: 3600", "Signal frequency: 800". */
export const NO_NOUN_AFTER_SPEC_WORD = `(?!(?<=\\b${SPEC_WORD_APP})\\s*(?!(?:id|number|no|account|meeting|app)\\b)[\\p{L}])`;
/** Asked for: "do you have Line?", "… Signal or WhatsApp?"; not "do you have zoom lens?". */
export const NO_NOUN_AFTER_SPEC_WORD_EXCEPT_ASK = `(?!(?<=\\b${SPEC_WORD_APP})\\s+(?!(?:id|number|no|account|app|or|and|too|please|pls|so|i|we)\\b)[\\p{L}])`;
/** An interface or material code, not an ID: "RS485", "RJ45", "IP65", "FR4", a 5G band "n78". */
const SPEC_CODE = '(?:rs|rj|ip|fr|cat|usb|ttl|dc|ac|n|b)-?\\d{1,4}[a-z]?(?![\\p{L}\\p{N}_.-])';
/** Right after "Line:" or "Signal is", only what looks like an ID counts: a handle, a phone number, a word with a digit. */
export const ID_AFTER_SPEC_WORD = `(?:(?<!\\b${SPEC_WORD_APP}\\s*(?:[:：=]|\\s+is\\s*[:：]?)\\s*)|(?=@|${NUMBER}|(?!${SPEC_CODE})${HANDLE_WITH_DIGIT}))`;
/** "Our WhatsApp is not allowed", "my Skype is busy": what follows "is" there says something of the app, it gives no ID. */
export const NOT_AN_ID =
  '(?!\\s+(?:not|never|no|also|only|just|the|a|an|very|too|so|more|less|always|usually|often|available|unavailable|busy|down|off|blocked|banned|restricted|closed|broken|hacked|lost|stolen|dead|allowed|forbidden|printed|shown|written|listed|displayed|prohibited|working|used|better|best|faster|easier|same|ok|okay|fine|free|popular|common|for|in|on|there|here)\\b)';
