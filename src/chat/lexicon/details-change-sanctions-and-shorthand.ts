import { cue } from './cue';

/**
 * The account changed, in probe 70's wordings: Kyrgyz "биздин эсеп өзгөрдү" (our account changed) and "жаңы
 * реквизиттер", Armenian "հաշիվը փոխվել է", "նոր հաշիվ" and in Latin letters "hashivy poxvel", "nor rekvizitnery",
 * "hiny chogtagorcek" (don't use the old one), Burmese အကောင့် ပြောင်း (the account changed) and အကောင့်အသစ် (new
 * account); and as phones type it: "finance change acc", "acc holder changed", Indonesian "no rek baru", "yg lama udh
 * ditutup", "ur old acc closed", "our HK sister co acc", "the acc on ali order page expired", Portuguese "a antiga foi
 * bloqueada", Spanish "nuestra cuenta … cambió", Russian "теперь принимаем только на …" and "реквизиты в новом PI",
 * Persian in Latin letters "hesabe ghabli block shode", "hesabe jadid". Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_SANCTIONS_AND_SHORTHAND = cue(
  'a changed receiving account',
  '(?<![\\p{L}])эсеп\\s+өзгөрдү|(?<![\\p{L}])жаңы\\s+реквизит\\p{L}*|հաշիվը\\s+փոխվել|(?<![\\p{L}])նոր\\s+հաշիվ' +
    '|\\bhashivy\\s+poxvel\\b|\\bnor\\s+(?:rekvizitnery|hashivy|hashivn)\\b|\\bhiny\\s+(?:chogtagorcek|mi\\s+ogtagorcek)\\b' +
    '|အကောင့်\\s*ပြောင်း|အကောင့်အသစ်' +
    '|\\b(?:finance|accounts?|boss|company)\\s+(?:\\S+\\s+)?chang(?:e|ed|ing)\\s+(?:the\\s+|our\\s+|d\\s+)?(?:acc|acct|account|a/c|bank)\\b(?!\\s+(?:manager|team|rep|executive|holder)\\b)' +
    '|\\b(?:acc|account)\\s+holder\\s+(?:name\\s+)?(?:is\\s+|has\\s+been\\s+|was\\s+)?changed\\b' +
    '|\\bold\\s+(?:acc|acct|account|a/c)\\s+(?:is\\s+|was\\s+|has\\s+been\\s+|got\\s+)?(?:closed|blocked|frozen|expired|invalid)\\b' +
    '|\\bsister\\s+(?:co|company|concern|firm)\\.?\\s+(?:acc|acct|account|a/c)\\b' +
    '|\\b(?:acc|account)\\s+(?:on|in)\\s+(?:the\\s+)?(?:ali|alibaba)\\s+(?:order\\s+)?(?:page\\s+)?(?:is\\s+)?expired\\b' +
    '|\\ba\\s+antiga\\s+(?:foi|est[áa])\\s+(?:bloqueada|encerrada|fechada|cancelada)\\b|\\bnuestra\\s+cuenta\\s+(?:(?!no\\b)\\S+\\s+){0,3}?(?:cambió|cambio)(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:теперь|отныне)\\s+(?:оплату\\s+)?принимаем\\s+(?:только\\s+)?на\\s+(?!алибаб|alibaba|trade|ta\\b)|(?<![\\p{L}])реквизиты\\s+в\\s+новом' +
    '|\\bhesab\\w*\\s+(?:ghabli|ghadimi)\\s+block\\b|\\bhesab\\w*\\s+jadid\\w*' +
    '|\\b(?:rek\\s+baru|rekening\\s+baru)\\b|\\byg\\s+lama\\s+(?:udh|sudah|udah)\\s+(?:ditutup|tutup|mati|gak\\s+aktif|tidak\\s+aktif)\\b',
  {
    instruction: true,
    anchors: [
      'эсеп өзгөрдү',
      'жаңы реквизит',
      'հաշիվը',
      'նոր հաշիվ',
      'hashivy poxvel',
      'rekvizitnery',
      'hashivy',
      'hashivn',
      'hiny',
      'အကောင့်',
      'chang',
      'holder',
      'rek baru',
      'rekening baru',
      'yg lama',
      'old',
      'sister',
      'expired',
      'a antiga',
      'nuestra cuenta',
      'теперь',
      'отныне',
      'реквизиты в новом',
      'hesab',
    ],
  },
);
