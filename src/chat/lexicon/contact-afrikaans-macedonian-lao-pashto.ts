import { APP, APP_ANCHORS } from './apps';
import { cue, type Cue } from './cue';

/** Moving the talk off the platform in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const CONTACT_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    // Afrikaans "ons kan beter praat op WhatsApp" (we can talk better on WhatsApp), "laat ons op Telegram gesels";
    // Macedonian "ајде на Telegram" (let's go to Telegram), "пиши ми на Viber" (write to me on Viber), "javi mi se na
    // Viber"; Lao "ລົມກັນໃນ WhatsApp" (let's talk on WhatsApp), "ເພີ່ມ LINE" (add LINE); Pashto "په IMO راسره خبرې
    // وکړه" (talk with us on IMO), "Telegram ته راشه" (come to Telegram).
    `(?<![\\p{L}])(?:praat|gesels|kontak|klets|chat)\\s+(?:\\S+\\s+){0,3}?op\\s+${APP}` +
      `|(?<![\\p{L}])op\\s+${APP}\\s+(?:\\S+\\s+){0,2}?(?:gesels|praat|kontak)(?![\\p{L}])` +
      `|(?<![\\p{L}])(?:ајде|ajde|пиши|пишете|пишувај|pisi|piši|pishi|pisete|јави|јавете|javi|javete|најди|најдете|najdi|najdete|додај|додајте|dodaj|dodajte)\\s+(?:\\S+\\s+){0,2}?(?:на|na|преку|preku)\\s+${APP}` +
      `|(?:ລົມ|ຄຸຍ|ຕິດຕໍ່|ທັກ|ແຊັດ|ໂທ)(?:ກັນ|ມາ|ໄປ)?\\s?(?:ທາງ|ໃນ|ຜ່ານ|ຫາ)\\s?${APP}|(?:ເພີ່ມ|ແອັດ)\\s?${APP}` +
      `|(?<![\\p{L}\\p{M}])په\\s+${APP}\\s+(?:کې\\s+)?(?:\\S+\\s+){0,2}?(?:خبرې|اړیکه|پیغام|مسیج|ولیکه|ولیکئ)(?![\\p{L}\\p{M}])` +
      `|${APP}\\s+ته\\s+(?:راشه|راشئ|راځه|راځئ|پیغام|مسیج)(?![\\p{L}\\p{M}])`,
    { anchors: APP_ANCHORS },
  ),
  cue(
    "a messaging app's number asked for",
    // Macedonian "Дај ми Viber број" (give me your Viber number), "dajte mi go vasiot telefon".
    `(?<![\\p{L}])(?:дај|дајте|daj|dajte)\\s+(?:ми\\s+|mi\\s+)(?:го\\s+|go\\s+)?(?:\\S+\\s+)?${APP}\\s*(?:број|broj)`,
    { anchors: APP_ANCHORS },
  ),
  cue(
    'the talk moved to a messaging app by the buyer',
    // Afrikaans "Het jou op WhatsApp ge-add" (added you on WhatsApp), "jou gevind op Telegram" (found you on Telegram);
    // Macedonian "Te dodadov na Telegram" (I added you), "Ти пишав на Viber" (I wrote to you on Viber); Lao "ແອັດ LINE
    // ແລ້ວ" (added on LINE), "ທັກໄປ Telegram ແລ້ວ" (messaged on Telegram); Pashto "Telegram ke me message darta okro"
    // (I messaged you on Telegram), "add me krey" (I added you).
    `(?<![\\p{L}])jou\\s+(?:op|by)\\s+${APP}\\s+(?:ge-?add|bygevoeg|gevind|gekry|gebel)|(?<![\\p{L}])jou\\s+(?:ge-?add|bygevoeg|gevind|gekry)\\s+op\\s+${APP}` +
      `|(?<![\\p{L}])(?:те|ве|те\\s+сум|te|ve|ти|ви|ti|vi)\\s+(?:додадов|додадовме|dodadov|dodadovme|пишав|пишавме|pisav|pishav|pisavme|јавив|javiv)\\s+(?:\\S+\\s+)?(?:на|na|преку|preku)\\s+${APP}` +
      `|(?:ທັກໄປ|ທັກຫາ|ແອັດ|ເພີ່ມ)\\s?${APP}\\s?ແລ້ວ` +
      `|${APP}\\s+(?:ke|kay|ki|kai)\\s+(?:me\\s+)?(?:message|msg|add)\\s+(?:\\S+\\s+)?(?:okro|okra|kro|kray|krey|kaway|kre)(?![\\p{L}])`,
    { anchors: APP_ANCHORS },
  ),
  cue(
    'a personal e-mail to write to',
    // Pashto "زما شخصي ایمیل ته ولیکئ" (write to my personal e-mail); Afrikaans "stuur my 'n e-pos op …" (send me an
    // e-mail at …); Macedonian "пишете ми на личниот мејл".
    '(?<![\\p{L}\\p{M}])(?:شخصي|شخصی)\\s+(?:ایمیل|ای\\s?میل|ایمېل)' +
      "|(?<![\\p{L}])stuur\\s+(?:vir\\s+)?my\\s+'?n\\s+(?:e-?pos|epos|e-?mail)\\s+(?:op|by|na)(?![\\p{L}])" +
      '|(?<![\\p{L}])(?:личниот|личен|licniot|lichniot|licen)\\s+(?:мејл|мејл\\p{L}*|mejl|e-?mail)',
    { anchors: ['شخصي', 'شخصی', 'stuur', 'личниот', 'личен', 'licniot', 'lichniot', 'licen'] },
  ),
];
