import { cue, type Cue } from './cue';

/** Moving the talk off Alibaba.com in Thai, Arabic (standard, Gulf, Egyptian, Arabizi) and Urdu (Roman and Urdu script), as probe 83's chats did. Part of ASKS_IN_MORE_WORDINGS. */
export const CONTACT_IN_THAI_ARABIC_URDU: readonly Cue[] = [
  cue(
    'a request to move to e-mail or a call',
    // "ابعتلي ايميلك وهبعتلك الفاتورة هناك" (send me your e-mail, I'll send the invoice there), "أرسل لي بريدك", "عطني رقمك";
    // not "ابعتلي الفاتورة هنا" (here).
    '(?:ابعتلي|ابعتلى|ابعثلي|ابعث\\s+لي|أرسل\\s+لي|ارسل\\s+لي|أرسلي|ارسلي|عطني|اعطني|هات)\\s+(?:ايميلك|إيميلك|بريدك|رقمك|واتسابك|رقم\\s+واتسابك|رقم\\s+جوالك|رقم\\s+تليفونك)',
    {
      anchors: [
        'ابعتلي',
        'ابعتلى',
        'ابعثلي',
        'ابعث لي',
        'أرسل لي',
        'ارسل لي',
        'أرسلي',
        'ارسلي',
        'عطني',
        'اعطني',
        'هات',
      ],
    },
  ),
  cue(
    'a request to move to e-mail or a call',
    // "apna email do, PI wahan bhejunga" (give your e-mail, I'll send the PI there), "apna gmail bhejo"; not "apna address
    // do" (for the goods).
    'apna\\s+(?:email|e-mail|gmail|mail)\\s+(?:id\\s+)?(?:do|dein|den|dena|bhejo|bhejein|dijiye|de\\s+do)',
    { anchors: ['apna'] },
  ),
  cue(
    'a request to talk on a messaging app',
    // "ทักมาที่วีแชทนะคะ" (message me on WeChat), "ทักหาทางไลน์ได้เลย"; not "ทักมาที่นี่" (here).
    '(?:ทักมา|ทักหา)(?:ที่|ทาง)?\\s*(?:ไลน์|line|วีแชท|wechat|วอทส์แอป|วอทแอป|วอทสแอป|whatsapp|เทเลแกรม|telegram)',
    { anchors: ['ทักมา', 'ทักหา'] },
  ),
];
