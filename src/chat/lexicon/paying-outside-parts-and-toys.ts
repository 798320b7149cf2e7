import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 69 (auto parts and batteries bought where currency controls and
 * sanctions are the pretext; toys and decorations for European shops): the money networks of Somalia, Yemen, Iraq,
 * Haiti and Venezuela (Dahabshiil, Al-Kuraimi, the exchange shop, MonCash, "pago móvil"), cash handed to an agent or a
 * driver, a cousin's or an agent's account in Spanish, Haitian Creole and Somali; Swiss TWINT and Swedish Swish to the
 * seller's own number, a Dutch "privérekening", Hungarian "közvetlenül fizetni", Estonian "otse minu", Swedish "betalar
 * direkt till", Danish "betal via linket". Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_PARTS_AND_TOYS: readonly Cue[] = [
  cue(
    'a money transfer service',
    // Not the cash machine: الصراف الآلي.
    '\\bdahab\\s?shiil\\b|\\bamal\\s+express\\b|\\bkaah\\s+express\\b|\\bcam\\s+transf[eè]r\\b|\\bmon\\s?cash\\b|\\bnat\\s?cash\\b' +
      '|\\bpago\\s+m[óo]vil\\b|الكريمي|صرافة\\s+النجم|شبكة\\s+(?:الامتياز|النجم)|(?<![\\p{L}])(?:صيرفة|صيرفه|صراف)(?![\\p{L}])(?!\\s+(?:الآلي|آلي|الالي))' +
      '|(?<![\\p{L}])سەراف|حەواڵە|\\bsarraf\\b',
    {
      anchors: [
        'dahab',
        'amal express',
        'kaah express',
        'cam transf',
        'moncash',
        'mon cash',
        'natcash',
        'nat cash',
        'pago móvil',
        'pago movil',
        'الكريمي',
        'صرافة النجم',
        'شبكة',
        'صيرفة',
        'صيرفه',
        'صراف',
        'سەراف',
        'حەواڵە',
        'sarraf',
      ],
    },
  ),
  cue(
    'cash',
    // "I fit pay your agent for Lagos in naira cash", "send the USD cash with Haj Salem", Arabic "كاش لوكيلك" and "كاش ويه
    // السايق" (cash with the driver), "لحد تبعك" (to someone of yours), 现金…交给 (cash handed to), Somali "lacagta … wakiilkeena".
    '\\bpay\\s+(?:your\\s+agent|ur\\s+agent)\\b(?=[^.!?]{0,40}\\bcash\\b)|\\bsend\\s+(?:the\\s+)?(?:\\S+\\s+)?cash\\s+with\\b' +
      '|كاش\\s+(?:لوكيل|للوكيل|لمندوب|ويه|مع\\s+(?:السايق|السائق|السواق))|(?:لحد\\s+تبعك|لحد\\s+تبعكم)|现金[^，。！？,.!?]{0,8}?交给' +
      '|\\blacag\\w*\\s+(?:\\S+\\s+){0,6}?wakiil\\w*',
    { anchors: ['your agent', 'ur agent', 'cash with', 'كاش', 'لحد تبعك', '现金', 'lacag'] },
  ),
  cue(
    "someone else's account",
    // Spanish "deposítale al primo mío", "transfiérale a nuestra agente"; Haitian "voye lajan an … bay kouzen m".
    '(?:\\bdepositale|deposítale)\\s+(?:a|al)\\s+(?:mi\\s+)?(?:primo|prima|hermano|hermana|t[íi]o|t[íi]a|cu[ñn]ado|socio|amigo)\\b' +
      '|\\btransfi[ée]rale\\s+a\\s+(?:nuestr[oa]|mi)\\s+(?:agente|representante|socio|gerente|primo|prima|hermano|hermana)\\b' +
      '|\\bvoye\\s+(?:lajan\\s+an?|l|k[òo]b\\s+la)\\s+(?:\\S+\\s+){0,4}?bay\\s+(?:ajan|kouzen|fr[èe]|s[èe])\\b',
    { anchors: ['depositale', 'deposítale', 'transfi', 'voye'] },
  ),
  cue(
    'paying directly, outside the order',
    // Swiss "per TWINT an meine Nummer", Swedish "swisha … direkt till mig", Dutch "mijn privérekening", Hungarian
    // "nekem közvetlenül fizetni", Estonian "otse minu Wise kontole", Swedish "som ni betalar direkt till".
    '\\b(?:per|via|mit)\\s+twint\\b|\\btwint\\s+an\\s+(?:meine|mich)\\b|\\bswisha\\b|\\bswish\\s+(?:till|to)\\s+(?:mig|me|mitt)\\b' +
      '|(?<![\\p{L}])(?:privérekening|priverekening|privé\\s+rekening)' +
      '|(?<![\\p{L}])(?:közvetlenül|kozvetlenul)\\s+(?:\\S+\\s+)?fizet|(?<![\\p{L}])fizet\\w*\\s+(?:\\S+\\s+)?(?:közvetlenül|kozvetlenul)' +
      '|\\botse\\s+minu\\b|\\bbetala(?:r)?\\s+direkt\\s+till\\b|\\bbetal\\s+(?:via|gennem|med)\\s+(?:linket|linken|lenken)\\b',
    {
      anchors: [
        'twint',
        'swisha',
        'swish',
        'privérekening',
        'priverekening',
        'privé rekening',
        'közvetlenül',
        'kozvetlenul',
        'otse minu',
        'direkt till',
        'betal',
      ],
    },
  ),
];
