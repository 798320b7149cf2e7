import { cue, type Cue } from './cue';

/** An account word: English "account" as these languages type it, Sinhala ගිණුම, Malayalam അക്കൗണ്ട്, Kannada ಖಾತೆ, Burmese အကောင့်. */
const ACCOUNT =
  '(?<![\\p{L}\\p{M}])(?:account|acc(?![\\p{L}])|a/c|ගිණුම\\S*|ginuma\\S*|അക്കൗണ്ട്\\S*|അക്കൌണ്ട്\\S*|ಖಾತೆ\\S*|ಅಕೌಂಟ್\\S*|khate\\S*|အကောင့်|ဘဏ်စာရင်း)';

/** Not the buyer's own marketplace login: "Alibaba account ಹೊಸದು", "പുതിയ Alibaba account". */
const NOT_A_LOGIN = '(?![^.!?\\n။]{0,30}(?:alibaba|login|password|app))';

/** Not denied in the same clause: "අපි කවදාවත් bank account වෙනස් කරන්නේ නෑ" (we never change the bank account). */
const NOT_DENIED =
  '(?![^.!?,;\\n။၊]{0,30}(?:නෑ|නැහැ|නැත|(?<![\\p{L}])na(?![\\p{L}])|ഇല്ല|illa|ಇಲ್ಲ|ಆಗಲ್ಲ|ဘူး|မဟုတ်))';

/** A new or changed receiving account in Sinhala, Malayalam, Kannada and Burmese (in their scripts, and Sinhala, Malayalam and Kannada in Latin letters too). */
export const CHANGES_IN_SINHALA_MALAYALAM_KANNADA_BURMESE: readonly Cue[] = [
  cue(
    'a new account to pay to',
    // Sinhala "අලුත් account එකට දාන්න" (put it in the new account), "aluth account eka"; Malayalam "പുതിയ account",
    // "puthiya account-ilekku"; Kannada "ಹೊಸ account ಗೆ shift ಆಗಿದೆ" (moved to a new account), "hosa account";
    // Burmese "account အသစ်", "အကောင့်အသစ်".
    `(?<![\\p{L}\\p{M}])(?:අලුත්|aluth|aluth\\s+ma|නව|പുതിയ|puthiya|ಹೊಸ|hosa)\\s+(?:bank\\s+|company\\s+)?${ACCOUNT}${NOT_A_LOGIN}` +
      `|(?:account|အကောင့်|ဘဏ်စာရင်း)\\s?အသစ်${NOT_A_LOGIN}`,
    { anchors: ['අලුත්', 'aluth', 'නව', 'പുതിയ', 'puthiya', 'ಹೊಸ', 'hosa', 'အသစ်'] },
  ),
  cue(
    'the receiving account said to be changed',
    // Sinhala "account එක වෙනස් කළා" (changed the account), "account eka wenas kala"; Malayalam "bank account മാറ്റി"
    // (changed the bank account), "account maatti"; Kannada "account ಬದಲಾಗಿದೆ", "account badalaagide"; Burmese
    // "account ပြောင်းသွားပြီ". Not "we never change the bank account".
    `${ACCOUNT}\\s+(?:\\S+\\s+){0,2}?(?:වෙනස්\\s+(?:කළා|කලා|කරලා|වුණා|උනා)|wenas\\s+(?:kala|karala|una)|മാറ്റി|മാറി|maatti|matti|ಬದಲಾಗಿದೆ|ಬದಲಾಯಿಸಿದ್ದೀವಿ|ಬದಲಾಯಿಸಿದ್ದೇವೆ|badalaagide|badalagide|badlaytu)${NOT_DENIED}` +
      `|(?:account|အကောင့်|ဘဏ်စာရင်း)\\s?(?:\\S+\\s?){0,2}?ပြောင်း(?:လိုက်|သွား|ထား)${NOT_DENIED}`,
    {
      anchors: [
        'වෙනස්',
        'wenas',
        'മാറ്റി',
        'മാറി',
        'maatti',
        'matti',
        'ಬದಲಾ',
        'badalaagide',
        'badalagide',
        'badlaytu',
        'ပြောင်း',
      ],
    },
  ),
  cue(
    'the old account said to be stopped',
    // Sinhala "company account එක audit එකක් නිසා freeze කරලා" (frozen for an audit), "account එකේ tax problem
    // එකක්"; Malayalam "പഴയ account-ൽ compliance issue വന്നു" (the old account got a compliance issue); Kannada "ಹಳೆ
    // account ನಲ್ಲಿ payment receive ಆಗಲ್ಲ" (the old account can't receive); Burmese "account အဟောင်း".
    `${ACCOUNT}(?:\\s+|-)(?:එක|එකේ|eka|eke|ൽ|il|ನಲ್ಲಿ|alli)\\s+(?:\\S+\\s+){0,4}?(?:audit|freeze|frozen|block\\S*|tax\\s+problem|compliance)(?![\\p{L}])` +
      `|(?<![\\p{L}\\p{M}])(?:പഴയ|pazhaya|ಹಳೆ|ಹಳೇ|hale|පරණ|parana)\\s+(?:bank\\s+)?${ACCOUNT}[^.!?\\n]{0,40}?(?:issue|problem|ആഗില്ല|കിട്ടില്ല|ಆಗಲ್ಲ|agalla|receive\\s+\\S+\\s+(?:ಆಗಲ್ಲ|agalla)|බෑ|නෑ|ഇല്ല)` +
      '|(?:account|အကောင့်|ဘဏ်စာရင်း)\\s?အဟောင်း',
    {
      anchors: [
        'audit',
        'freeze',
        'frozen',
        'block',
        'tax problem',
        'compliance',
        'പഴയ',
        'pazhaya',
        'ಹಳೆ',
        'ಹಳೇ',
        'hale',
        'පරණ',
        'parana',
        'အဟောင်း',
      ],
    },
  ),
  cue(
    'an invoice from another company of the group',
    // Kannada "invoice ನಮ್ಮ Dubai branch ಹೆಸರಲ್ಲಿ" (the invoice in our Dubai branch's name); Malayalam "invoice
    // ഞങ്ങളുടെ Singapore group company-യുടെ പേരിലാണ്"; Sinhala "invoice එක අපේ HK branch එකේ නමින්"; Burmese "Hong
    // Kong ကုမ္ပဏီခွဲကနေ invoice ထုတ်မယ်" (we'll invoice from our Hong Kong branch). Not the company's own name.
    'invoice\\s+(?:\\S+\\s+){0,5}?(?:branch|group|sister|subsidiary|ಶಾಖೆ)\\S*\\s+(?:\\S+\\s+)?(?:ಹೆಸರಲ್ಲಿ|ಹೆಸರಿನಲ್ಲಿ|hesaralli|പേരിൽ\\S*|പേരില\\S*|peril\\S*|නමින්|නමට|namin)' +
      '|(?:ကုမ္ပဏီခွဲ|ရုံးခွဲ|branch)\\s?(?:ကနေ|က|မှ)\\s?invoice',
    { anchors: ['invoice'] },
  ),
  cue(
    'payments now taken by another account',
    // Sinhala "දැන් අපේ company එක payment ගන්නේ Hong Kong account එකෙන්" (now our company takes payment through the
    // Hong Kong account), "dan payment ganne".
    `(?<![\\p{L}\\p{M}])(?:දැන්|dan)\\s+(?:\\S+\\s+){0,4}?(?:payment|සල්ලි|salli|ගෙවීම්)\\s+(?:ගන්නේ|ganne)\\s+(?:\\S+\\s+){0,3}?${ACCOUNT}`,
    { anchors: ['දැන්', 'dan'] },
  ),
];
