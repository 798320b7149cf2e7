import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the languages and settings of probe 61 (farm machinery and tenders in Africa, Asia and the
 * Pacific; toys and party goods for first-time importers): the order said to be needless or refused in Hinglish,
 * Japanese, Burmese, Lao, Amharic and Tok Pisin, personal accounts in Lao, Khmer and Tok Pisin, an agent's account in
 * Malay and Spanish, and fees to an officer or a forwarder. Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_IN_MORE_LANGUAGES: readonly Cue[] = [
  cue(
    'paying directly, outside the order',
    // Hinglish "Trade Assurance ki kya zarurat, aap seedha bank transfer kar do"; Japanese "Alibaba経由ではなく銀行振込で";
    // Burmese "Alibaba ကနေ မပေးပါနဲ့" (don't pay through Alibaba); Lao "ບໍ່ຕ້ອງຈ່າຍຜ່ານ Alibaba" (no need to pay through
    // Alibaba); Amharic in Latin letters "be Alibaba aydelem" (not through Alibaba); Tok Pisin "i no long Alibaba".
    '\\b(?:trade\\s+assurance|ta|alibaba)\\s+ki\\s+kya\\s+zarurat\\b|\\bseedha\\s+bank\\s+transfer\\b|alibaba\\s*経由ではなく' +
      '|alibaba\\s*ကနေ\\s*မပေး|ຈ່າຍຜ່ານ\\s*alibaba|\\bbe\\s+alibaba\\s+aydelem\\b|\\bi\\s+no\\s+long\\s+alibaba\\b',
    { anchors: ['kya zarurat', 'seedha', '経由ではなく', 'ကနေ', 'ຈ່າຍຜ່ານ', 'aydelem', 'no long alibaba'] },
  ),
  cue(
    'a personal account',
    // Lao ບັນຊີ … ສ່ວນຕົວ (a personal account), Khmer គណនីផ្ទាល់ខ្លួន (my own account), Tok Pisin "bank account bilong mi".
    'ສ່ວນຕົວ|គណនីផ្ទាល់ខ្លួន|\\baccount\\s+bilong\\s+mi\\b',
    { anchors: ['ສ່ວນຕົວ', 'គណនីផ្ទាល់ខ្លួន', 'bilong mi'] },
  ),
  cue(
    'a third party collecting the money',
    // Malay "transfer terus ke akaun Maybank ejen kami" (to our agent's account); Spanish "si no paga al agente hasta el lunes";
    // "1,200 USD fast track to the officer via our agent"; "if u cannot pay freight 1,240 USD to forwarder today".
    '\\bakaun\\s+(?:\\S+\\s+)?ejen\\b|\\bpag(?:a|ue|ar)\\s+al\\s+agente\\b|\\bfast\\s+track\\s+(?:fee\\s+)?to\\s+the\\s+officer\\b' +
      '|\\bpay\\s+freight\\s+(?:\\S+\\s+){0,2}?to\\s+(?:the\\s+)?forwarder\\b',
    { anchors: ['ejen', 'al agente', 'fast track', 'pay freight'] },
  ),
  cue(
    'bank details to be given outside the order',
    // Spanish "Escríbame al WhatsApp … y le paso la cuenta nueva para el saldo".
    '\\ble\\s+paso\\s+la\\s+cuenta\\s+nueva\\b',
    { anchors: ['le paso'] },
  ),
];
