// Words the cues of probe 86's Uzbek, Azerbaijani and Tamil share (paying-outside-, details-change-, contact- and
// pressure-uzbek-azerbaijani-tamil.ts). Uzbek is typed in Latin letters with its o' and g' written with an apostrophe,
// a backquote, a turned comma (ʻ) or none at all ("to'lov", "to`lov", "toʻlov", "tolov"); Azerbaijani often without its
// ə, ı, ö, ü, ş, ç and ğ ("kocururem" for "köçürürəm"); Tamil in its script, in Latin letters ("anuppitten") and mixed
// with English, joining its endings to English words with a hyphen ("account-க்கு", to the account).

/** The apostrophe of Uzbek o' and g', as typed on phones, or none. */
export const AP = "['`ʻʼ]?";

/** Paying, in the three languages: what makes an account, a card or "directly" a way to pay. */
export const PAYING_UZ_AZ_TA =
  `(?<![\\p{L}])(?:to${AP}la\\p{L}*|to${AP}lov\\p{L}*|o${AP}tkaz\\p{L}*|pul(?:ni|ingiz)?|yubor\\p{L}*|tashla\\p{L}*|avans\\p{L}*|oldindan|so${AP}m(?:da)?` +
  '|[öo]d[əe](?:y|m[əe]|ni[şs]|di|r[əe]m)\\p{L}*|k[öo][çc][üu]r\\p{L}*|g[öo]nd[əe]r\\p{L}*|pul(?:u|unu)?|manat\\p{L}*|m[əe]bl[əe][ğg]\\p{L}*' +
  '|[ўу]тказ\\p{L}*|т[ўу]ла\\p{L}*|пул\\p{L}*|அனுப்ப\\p{L}*|அனுப்பு\\p{L}*|பணம்|பணத்த\\p{L}*|கட்ட\\p{L}*|செலுத்த\\p{L}*|anupp\\p{L}*|anupi\\p{L}*|pay|payment|transfer|advance|fee|gpay|upi)(?![\\p{L}])|₹\\s?\\d';

/** Today, tomorrow, a day or an hour named, in the three languages: the deadline of a pressure cue. */
export const A_DEADLINE_UZ_AZ_TA =
  '(?<![\\p{L}])(?:bugun\\p{L}*|ertaga\\p{L}*|hozir(?:oq)?|(?:du|se|chor|pay|yak)?shanba\\p{L}*|juma\\p{L}*|soat\\s+\\d|\\d+\\s+soat|kechgacha|kechqurun\\p{L}*' +
  '|bu\\s+g[üu]n\\p{L}*|bug[üu]n\\p{L}*|sabah\\p{L}*|indi|c[üu]m[əe]\\p{L}*|bazar\\s+ert[əe]si\\p{L}*|[çc][əe]r[şs][əe]nb[əe]\\p{L}*|[şs][əe]nb[əe]\\p{L}*|saat\\s+\\d|\\d+\\s+saat|ax[şs]ama?\\p{L}*|h[əe]ft[əe]\\p{L}*' +
  '|இன்னைக்\\p{L}*|இன்று|இன்றே|இன்றைக்\\p{L}*|நாளை\\p{L}*|\\d+\\s*மணி\\p{L}*|மணிக்குள்\\p{L}*|(?:திங்கள்|செவ்வாய்|புதன்|வியாழன்|வெள்ளி|சனி|ஞாயிறு)\\p{L}*|innaik\\p{L}*|naalaik\\p{L}*|today|tomorrow)(?![\\p{L}])';
