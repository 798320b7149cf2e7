import type { ThreadLanguagePack } from './thread-language-packs';
import { ALIBABA, typed, typedAll, typedStems } from './lexicon/kazakh-mongolian-spelling';

// The Kazakh and Mongolian replies that end a thread or are left alone, the talk moved elsewhere, and a link's page
// (thread-words-kazakh-mongolian.ts has the paying ones).

/** Kazakh "I / we won't pay, transfer, send" (not "комиссия төлемейміз", no commission paid: the reason to leave the order). */
const KAZAKH_WONT_PAY = `(?<!${typed('комиссия')}\\p{L}*\\s)(?:${typedAll(['төлемеймін', 'төлемейміз', 'аудармаймын', 'аудармаймыз', 'жібермеймін', 'жібермейміз', 'төлемеймиз'])})`;
/** Mongolian "won't pay", "we don't pay" (not "төлөхгүй бол", if you don't pay; nor "шимтгэл төлдөггүй", no fee paid). */
const MONGOLIAN_WONT_PAY = `(?<!${typed('шимтгэл')}\\p{L}*\\s)(?:${typedAll(['төлөхгүй', 'шилжүүлэхгүй', 'төлдөггүй', 'шилжүүлдэггүй'])})(?!\\s+бол(?![\\p{L}]))`;

export const KAZAKH_MONGOLIAN_CHAT_REPLIES: Omit<
  ThreadLanguagePack,
  'paid' | 'asksWhere' | 'pointsAt' | 'toPay'
> = {
  backToTheOrder: {
    words: [
      // Kazakh "тек Trade Assurance арқылы" (only through Trade Assurance), "Alibaba арқылы ғана", "криптомен төлемейміз"
      // (we don't pay in crypto), "тапсырыс беті арқылы төлеймін" (I'll pay on the order's page).
      `тек\\s+(?:${ALIBABA}|trade\\s+assurance|${typed('тапсырыс')})\\S*|(?:${ALIBABA}|trade\\s+assurance)\\S*\\s+${typed('арқылы ғана')}|${KAZAKH_WONT_PAY}` +
        `|${typed('тапсырыс бет')}\\p{L}*\\s+${typed('арқылы')}`,
      // Mongolian "зөвхөн Alibaba-аар" (only through Alibaba), "Alibaba-гаас гадуур төлөхгүй" (we won't pay outside Alibaba),
      // "Trade Assurance захиалга энд үүсгэнэ үү" (please open a Trade Assurance order here).
      `${typed('зөвхөн')}\\s+(?:${ALIBABA}|trade\\s+assurance|${typed('захиалга')})\\S*|${MONGOLIAN_WONT_PAY}` +
        `|(?:trade\\s+assurance|${ALIBABA})\\S*\\s+${typed('захиалга')}\\p{L}*\\s+(?:${typed('энд ')})?(?:${typedAll(['үүсгэнэ үү', 'үүсгээрэй', 'явуулна уу'])})`,
    ],
  },
  vouches: {
    words: [
      // Kazakh "Иә, бұл біздің филиал компания, бәрі заңды" (yes, it's our branch company, all legal), "Көп клиент осылай
      // төлейді" (many customers pay like this), "қауіпсіз" (safe, said not asked), "алаңдамаңыз" (don't worry).
      `${typedAll(['бәрі заңды', 'барлығы заңды', 'біздің филиал', 'алаңдамаңыз', 'уайымдамаңыз', 'сеніңіз', 'проблема жоқ'])}` +
        `|(?:${typedAll(['көп', 'барлық', 'көптеген'])})\\s+(?:[^\\s,.!?]+\\s+)?(?:${typedAll(['клиент', 'тұтынушы', 'сатып алушы'])})\\p{L}*\\s+(?:[^\\s,.!?]+\\s+)?(?:${typedAll(['осылай', 'солай', 'осы жолмен'])})` +
        `|${typed('қауіпсіз')}(?!\\s*(?:ба|ма|бе|ме)?\\s*\\?)`,
      // Mongolian "Энэ бол манай албан ёсны салбар, бүх юм хууль ёсны" (it's our official branch, all legal), "олон
      // үйлчлүүлэгч ингэж төлдөг" (many customers pay like this), "санаа зовох хэрэггүй" (no need to worry).
      `${typedAll(['хууль ёсны', 'манай салбар', 'албан ёсны салбар', 'санаа зовох хэрэггүй', 'итгээрэй', 'асуудалгүй'])}` +
        `|(?:${typedAll(['олон', 'бүх', 'бусад'])})\\s+(?:${typedAll(['үйлчлүүлэгч', 'худалдан авагч', 'харилцагч'])})\\p{L}*\\s+(?:${typedAll(['ингэж', 'ийм байдлаар'])})`,
    ],
  },
  doubts: {
    words: [
      typedStems([
        'неге',
        'неліктен',
        'қауіпсіз',
        'алаяқ',
        'шын ба',
        'шынымен',
        'рас па',
        'рас ба',
        'расымен',
        'дұрыс па',
        'аты басқа',
        'атауы басқа',
      ]),
      typedStems(['яагаад', 'аюулгүй', 'луйвар', 'үнэн', 'жинхэнэ', 'итгэж', 'нэр өөр', 'өөр нэр']),
    ],
  },
  namesTheOrder: {
    // Kazakh "тапсырыс" (the order), "Pay батырмасы", "төлем беті" (the payment page); not "тапсырыссыз" (without it) nor
    // "тапсырыстан тыс" (outside it). Mongolian "захиалга" (the order), "төлбөрийн хуудас" (the payment page); not
    // "захиалгагүй", "захиалга хэрэггүй", "захиалгаас гадуур".
    words: [
      `${typed('тапсырыс')}(?!${typed('сыз')})\\p{L}*(?!\\s+(?:тыс|${typed('сыртында')}|керек\\s+емес|${typed('қажет')}))|${typed('төлем бет')}\\p{L}*|pay\\s+${typed('батырма')}\\p{L}*`,
      `${typed('захиалга')}(?!${typed('гүй')})\\p{L}*(?!\\s+(?:${typedAll(['хэрэггүй', 'гадуур', 'шаардлагагүй'])}))|${typed('төлбөрийн хуудас')}\\p{L}*`,
    ],
  },
  moved: {
    words: [
      // Kazakh "Қостым, WhatsApp-қа сәлем жаздым" (added, I wrote hi on WhatsApp), "сол жерде жаздым", "нөмірім" (my
      // number), "таба алмадым" (couldn't find you).
      `${typedAll(['қостым', 'қостық', 'қосылдым', 'сәлем жаздым', 'сәлем жібердім', 'сол жерге жаздым', 'сол жерде жаздым', 'таба алмадым', 'сізді қостым', 'жаздым'])}`,
      // Mongolian "WeChat-аар нэмлээ, Bolormaa гэсэн нэртэй" (added you on WeChat, under the name Bolormaa), "бичлээ" (I
      // wrote), "тэнд л ярья" (let's talk there), "хүсэлт илгээлээ" (sent the request), "ID олдохгүй байна".
      `${typedAll(['нэмлээ', 'нэмсэн', 'нэмчихлээ', 'нэмчихсэн', 'бичлээ', 'бичсэн', 'биччихлээ', 'хүсэлт илгээлээ', 'хүсэлт явууллаа', 'гэсэн нэртэй', 'олдохгүй байна'])}` +
        `|${typed('тэнд ')}(?:л\\s+)?(?:${typedAll(['ярья', 'ярилцъя', 'бичье', 'бичээрэй'])})`,
    ],
  },
  backToTheChat: {
    words: [
      `(?:${typedAll(['осында', 'осы чатта', 'осы чатқа', 'alibaba чатында', 'алибаба чатында'])})\\s+(?:${typedAll(['сөйлесейік', 'жазайық', 'жазыңыз', 'сөйлескеніміз дұрыс'])})|(?:whatsapp|wechat|telegram)\\S*\\s+${typed('жоқ')}`,
      `(?:${typedAll(['энд', 'энэ чатад', 'энэ чатанд'])})\\s+(?:${typedAll(['ярья', 'бичье', 'бичээрэй', 'явуулъя', 'ярилцъя'])})|(?:whatsapp|wechat|telegram)\\S*\\s+${typed('байхгүй')}`,
    ],
  },
  namesTheChat: { words: [typedAll(['осында', 'осы чат', 'мұнда']), typedAll(['энд', 'энэ чат'])] },
  pageTakes: {
    words: [
      // Kazakh "Иә, енгізіңіз" (yes, enter it), "логин жаздым", "карта деректері" (the card's details), "кірдім" (logged in).
      typedStems([
        'енгіз',
        'логин',
        'пароль',
        'құпия сөз',
        'карта деректер',
        'карта нөмір',
        'кірдім',
        'код',
        'смс',
      ]),
      // Mongolian "оруулаад картын мэдээллээ бичээрэй" (enter it and write your card's details), "нэвтрэх нэр, нууц үг".
      typedStems(['оруул', 'нэвтр', 'нууц үг', 'картын мэдээлэл', 'картын мэдээлл', 'картын дугаар', 'код']),
    ],
  },
  refusesThePage: {
    words: [
      typedStems(['енгізбе', 'бермеймін', 'жазбаймын', 'ешқашан', 'енгізбеймін']),
      typedStems(['оруулахгүй', 'өгөхгүй', 'хэзээ ч', 'биш сайт', 'үгүй']),
    ],
  },
  asksWhy: { words: [typedAll(['неге', 'неліктен', 'не үшін']), typedAll(['яагаад', 'юунд'])] },
};
