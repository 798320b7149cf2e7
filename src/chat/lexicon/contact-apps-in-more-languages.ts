import { cue, type Cue } from './cue';

/**
 * The talk moved to an app in the wordings of probe 79, by either side: "Te escribí al WhatsApp", Polish "Napisałam na
 * WhatsApp", Italian "Scritto su WhatsApp" and "mi dà il suo WhatsApp?", Spanish "¿cuál es su email?", Korean "카톡
 * 추가했습니다", "Thank you for the LINE ID", pinyin "wei xin hao", Persian "آیدی ویچت دارید؟" (do you have a WeChat ID?),
 * "資料我用LINE傳" (I'll send the details by LINE), "In Signal I can give you better price". Part of ASKS_IN_MORE_WORDINGS.
 */
export const APPS_IN_MORE_LANGUAGES: readonly Cue[] = [
  cue(
    'a request to talk on a messaging app',
    '\\b(?:te\\s+escrib[íi]|le\\s+escrib[íi])\\s+(?:al|por|en\\s+el|en)\\s+(?:whats\\s?app|wechat|telegram|signal|wa)\\b' +
      '|(?<![\\p{L}])(?:napisa[łl]am|napisa[łl]em|napisa[łl]a|napisa[łl])\\s+(?:do\\s+pana\\s+|do\\s+pani\\s+)?(?:na|przez)\\s+(?:whats\\s?app|wechat|telegram|signal)\\b' +
      '|\\b(?:scritto|ti\\s+scrivo|le\\s+scrivo)\\s+(?:su|sul|al|in)\\s+(?:whats\\s?app|wechat|telegram|signal)\\b' +
      '|\\b(?:mi\\s+d[àa]|mi\\s+dai|mi\\s+manda|mi\\s+lascia)\\s+(?:il\\s+)?(?:suo|tuo)\\s+(?:whats\\s?app|wechat|telegram|numero\\s+di\\s+telefono|e-?mail)\\b' +
      '|\\b(?:cu[áa]l\\s+es\\s+su|cu[áa]l\\s+es\\s+tu|me\\s+da\\s+su|me\\s+pasa\\s+su|p[áa]same\\s+tu)\\s+(?:e-?mail|correo|whats\\s?app|wechat|telegram)\\b' +
      '|(?:카톡|카카오톡)\\s?(?:친구\\s?)?추가' +
      '|\\b(?:thanks\\s+for|thank\\s+you\\s+for)\\s+(?:the|your)\\s+(?:line|kakao|wechat|skype|telegram|whats\\s?app|viber)\\s+(?:id|number|contact)\\b' +
      '|\\b(?:weixin\\s+hao|wei\\s+xin\\s+hao)\\b' +
      '|(?:آیدی|ایدی)\\s+(?:ویچت|واتساپ|تلگرام)' +
      '|(?:用line|用skype|用telegram|用whatsapp|在line|在skype|在telegram|在whatsapp)\\s?(?:上\\s?)?(?:传|发)|(?:用\\sline|用\\sskype|用\\stelegram|用\\swhatsapp|在\\sline|在\\sskype|在\\stelegram|在\\swhatsapp)\\s?(?:上\\s?)?(?:传|发)' +
      // "In Signal I can give you better price".
      '|\\bin\\s+(?:signal|whats\\s?app|wechat|telegram|skype|line)\\s+(?:i\\s+can\\s+give|i\\s+can\\s+offer|i\\s+can\\s+send|i\\s+can\\s+tell|we\\s+can\\s+give|we\\s+can\\s+offer|we\\s+can\\s+send|we\\s+can\\s+tell)\\b',
    {
      anchors: [
        'te escrib',
        'le escrib',
        'napisał',
        'napisal',
        'scritto',
        'ti scrivo',
        'le scrivo',
        'mi da',
        'mi dà',
        'mi dai',
        'mi manda',
        'mi lascia',
        'es su',
        'es tu',
        'me da su',
        'me pasa su',
        'pasame tu',
        'pásame tu',
        '카톡',
        '카카오톡',
        'thanks for',
        'thank you for',
        'xin hao',
        'آیدی',
        'ایدی',
        '用line',
        '用skype',
        '用telegram',
        '用whatsapp',
        '用 line',
        '用 skype',
        '用 telegram',
        '用 whatsapp',
        '在line',
        '在skype',
        '在telegram',
        '在whatsapp',
        '在 line',
        '在 skype',
        '在 telegram',
        '在 whatsapp',
        'i can give',
        'i can offer',
        'i can send',
        'i can tell',
        'we can give',
        'we can offer',
        'we can send',
        'we can tell',
      ],
    },
  ),
];
