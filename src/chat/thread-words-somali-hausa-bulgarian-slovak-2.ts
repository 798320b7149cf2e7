import type { ContactAndLinkReplies } from './thread-language-packs';

// The talk moved elsewhere, a suspicious link and the buyer's why, in Somali, Hausa, Bulgarian (Cyrillic and Latin
// "shlyokavitsa") and Slovak (with and without its marks), as probe 87's chats wrote them; the paying replies are in
// thread-words-somali-hausa-bulgarian-slovak.ts, which joins these.

export const SOMALI_HAUSA_BULGARIAN_SLOVAK_CONTACT_AND_LINK: ContactAndLinkReplies = {
  moved: {
    words: [
      // Somali "WhatsApp-ka kugu daray" (added you on WhatsApp), "Telegram-ka kuugu soo qoray" (wrote to you there),
      // "halkaas igala hadal" (talk to me there), "waan ku soo wacay" (I called you).
      '(?:waan\\s+)?(?:kugu|idinku)\\s+daray|(?:kuugu|idiinku|kuu)\\s+soo\\s+(?:qoray|diray|wacay)|waan\\s+ku\\s+(?:soo\\s+)?wacay' +
        '|halkaas\\s+(?:igala|iigala|ka|kaga|ku)\\s+(?:wada\\s+)?(?:hadal|hadalno|hadli|qor)|halkaas\\s+(?:ayaan\\s+)?kuugu\\s+(?:soo\\s+)?(?:qori|diri)',
      // Hausa "Na yi adding dinka a WhatsApp", "na kara ka", "Lambata 0813 …, ka kira ni" (my number …, call me), "na
      // tura maka sako a can" (I sent you a message there).
      'na\\s+yi\\s+(?:adding|add)\\s+(?:din\\s*)?(?:ka|ki|ku|dinka|dinki)|na\\s+(?:kara|saka)\\s+(?:ka|ki|ku)|lambata|lambar\\s+wayata|ka\\s+kira\\s+ni|(?:ki|ku)\\s+kira\\s+ni' +
        '|na\\s+(?:tura|aika)\\s+(?:maka|miki|muku)\\s+(?:sako|saƙo|sakon)|mu\\s+yi\\s+magana\\s+(?:a\\s+)?can',
      // Bulgarian "Писах ви във Viber", "добавих ви", "пратих ви имейл"; Latin "Pisah ti v Telegram", "pratih vi
      // email".
      '(?:писах|писахме|пратих|изпратих)\\s+(?:ви|ти)\\s+(?:във?\\s+|на\\s+)?(?:\\S+\\s+)?(?:viber|вайбър|whatsapp|уатсап|telegram|телеграм|имейл|мейл|e-?mail|там)|(?:добавих|добавихме)\\s+(?:ви|те)|пишете\\s+(?:ми\\s+)?там' +
        '|(?:pisah|pratih|izpratih)\\s+(?:vi|ti)\\s+(?:vav?\\s+|v\\s+|na\\s+)?(?:\\S+\\s+)?(?:viber|whatsapp|telegram|imeil|meil|e-?mail|tam)|(?:dobavih|dobavihme)\\s+(?:vi|te)|pishete\\s+(?:mi\\s+)?tam',
      // Slovak "Pridal som si vás na WhatsApp", "Napísal som vám na Telegram", "píšte mi tam".
      '(?:pridal|pridala|pridali)\\s+(?:som|sme)\\s+(?:si\\s+)?(?:vás|vas|ťa|ta)|(?:napísal|napisal|napísala|napisala|poslal|poslala)\\s+(?:som|sme)\\s+(?:vám|vam|ti)\\s+(?:\\S+\\s+)?(?:na|do|cez)\\s+(?:whatsapp|telegram|viber|wechat|mail|e-?mail)' +
        '|(?:píšte|piste|ozvem\\s+sa|ozveme\\s+sa)\\s+(?:mi\\s+)?tam|(?:nemôžem|nemozem)\\s+(?:vás|vas|ťa|ta)\\s+(?:nájsť|najst)',
    ],
  },
  backToTheChat: {
    words: [
      '(?:halkan|halkaan)\\s+(?:aan\\s+)?(?:ku\\s+)?(?:wada\\s+)?(?:hadalno|sii\\s+wadno|joogno)|whatsapp\\s+ma\\s+haysto',
      'mu\\s+ci\\s+gaba\\s+(?:a\\s+)?(?:nan|anan)|ba\\s+ni\\s+da\\s+(?:whatsapp|telegram|wechat)',
      '(?:предпочитам|да\\s+останем|пишете|пишем)\\s+тук|нямам\\s+(?:viber|вайбър|whatsapp|telegram)|(?:predpochitam|da\\s+ostanem|pishete|pishem)\\s+tuk|nyamam\\s+(?:viber|whatsapp|telegram)',
      '(?:zostaňme|zostanme|píšme|pisme|píšte|piste)\\s+(?:si\\s+)?(?:tu|tuto|na\\s+alibab\\p{L}*)|(?:nemám|nemam)\\s+(?:whatsapp|wechat|telegram|viber)',
    ],
  },
  namesTheChat: { words: ['halkan|halkaan', 'a\\s+nan|anan', 'тук|tuk', 'tuto'] },
  pageTakes: {
    words: [
      'password\\p{L}*|erayga\\s+sirta|furaha\\s+sirta|kaarka|koodh\\p{L}*|code-ka|waan\\s+galay',
      'kalmar\\s+sirri|lambar\\s+kati|katin\\s+banki|na\\s+shiga|na\\s+saka',
      'парол\\p{L}*|карта(?:та)?|влязох|въведох|parol\\p{L}*|karta(?:ta)?|vlyazoh|vavedoh',
      'heslo|hesl\\p{L}*|prihlásil\\p{L}*|prihlasil\\p{L}*|zadal\\p{L}*|číslo\\s+karty|cislo\\s+karty',
    ],
  },
  refusesThePage: {
    words: [
      'ma\\s+(?:galin|gelin|gali\\s+doono)|weligay|marnaba',
      'ban\\s+(?:saka|shiga)|ba\\s+zan\\s+(?:saka|shiga)',
      // The buyer asks whether the page is right: "normalno li e?", "to je normálne?".
      'нормално\\s+ли|normalno\\s+li|няма\\s+да|nyama\\s+da|никога|nikoga',
      'norm[áa]ln\\p{L}*\\s*\\?|nikdy|nezad[áa]m|nezadal\\p{L}*',
    ],
  },
  asksWhy: {
    words: [
      'maxaa|maxay|waayo|sababta|sababtee',
      'me\\s+yasa|meyasa|don\\s+me|saboda\\s+me',
      'защо|zashto',
      'prečo|preco',
    ],
  },
};
