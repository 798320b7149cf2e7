import { cue, type Cue } from './cue';
import { AP } from './words-uzbek-azerbaijani-tamil';

/** A changed or other receiving account in Uzbek, Azerbaijani and Tamil, as probe 86's chats said it. Part of details-change-receiving-bank.ts's list. */
export const CHANGES_IN_UZBEK_AZERBAIJANI_TAMIL: readonly Cue[] = [
  cue(
    'the company account said to be blocked',
    // Uzbek "kompaniya hisobimiz hozir soliq tekshiruvida" (our company account is under a tax audit), "hisobimiz
    // muzlatildi" (frozen); Azerbaijani "şirkət hesabımız hazırda audit yoxlamasındadır", "hesabımız bloklanıb"; Tamil
    // "எங்கள் நிறுவன வங்கிக் கணக்கு … tax audit-ல் உள்ளது" (our company's bank account is under a tax audit), "account freeze
    // ஆகிடுச்சு". Not past a comma ("Hisobimiz o'zgarmagan, hech qanday audit yo'q": not changed, no audit at all), nor
    // "heç bir audit yoxdur".
    `(?<![\\p{L}])hisob(?:imiz|i)\\p{L}*[^.!?;,\\n]{0,50}?(?<!qanday\\s)(?:audit|tekshiruv|muzlatil|bloklan|yopil|to${AP}xtatil)\\p{L}*` +
      '|(?<![\\p{L}])hesab(?:ımız|imiz|ı|i)\\p{L}*[^.!?;,\\n]{0,50}?(?<!he[çc]\\s+bir\\s)(?:audit\\p{L}*|yoxlama\\p{L}*|bloklan(?:ıb|ib|acaq|ır|ir|dı|di)\\p{L}*|blokda\\p{L}*|dondurul(?:ub|acaq|ur|du)\\p{L}*|bağlan(?:ıb|acaq|dı)\\p{L}*|baglan(?:ib|acaq|di)\\p{L}*)' +
      '|(?<![\\p{L}])கணக்கு\\S*[^.!?;,\\n]{0,50}?(?:audit|freeze|block|hold|முடக்க|முடங்க)\\S*' +
      '|(?<![\\p{L}])account\\S*\\s+(?:\\S+\\s+){0,3}?(?:audit|freeze)(?=[\\s-]?[\\u0b80-\\u0bff])',
    {
      anchors: ['hisob', 'hesab', 'கணக்கு', 'audit', 'freeze'],
    },
  ),
  cue(
    'a new account to pay to',
    // Tamil "புது account-க்கு அனுப்புங்க" (send to the new account), "புதிய கணக்கு", "எங்கள் Hong Kong கணக்குக்கு அனுப்பவும்"
    // (send to our Hong Kong account), "HK account-க்கே"; Uzbek "yangi karta" (a new card), "boshqa hisobga" (to another
    // account), Azerbaijani "başqa hesaba".
    '(?<![\\p{L}])(?:புதிய|புது|pudhu|puthu)\\s+(?:bank\\s+|வங்கிக்?\\s+)?(?:account|கணக்கு|a/c)' +
      '|(?<![\\p{L}])(?:hong\\s?kong|hk|dubai|singapore|துபாய்|ஹாங்காங்)\\s+(?:கணக்கு|account-?க்க)' +
      '|(?<![\\p{L}])(?:yangi|boshqa)\\s+(?:bank\\s+)?(?:karta(?:miz\\p{L}*|ga)|hisob(?:ga|imiz\\p{L}*)|hisob\\s+raqam\\p{L}*)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:başqa|basqa)\\s+(?:bank\\s+)?(?:hesaba|hesabımız|hesabimiz|karta|kart[ıi]m[ıi]za)(?![\\p{L}])',
    {
      anchors: [
        'புதிய',
        'புது',
        'pudhu',
        'puthu',
        'கணக்கு',
        'account-க்க',
        'accountக்க',
        'yangi',
        'boshqa',
        'başqa',
        'basqa',
      ],
    },
  ),
  cue(
    'another company of the group receiving the money',
    // Uzbek "sho'ba kompaniyamiz hisobiga" (to our subsidiary's account), "Dubaydagi filialimiz hisobiga"; Azerbaijani
    // "qardaş şirkətimizin hesabına" (our sister company's account), "filialımızın hesabına"; Tamil "sister company
    // account-க்கு", "எங்கள் கிளை கணக்கு".
    `(?<![\\p{L}])(?:sho${AP}ba|filial)\\p{L}*\\s+(?:kompaniya\\p{L}*\\s+)?hisob(?!ot|chi|l)\\p{L}*` +
      '|(?<![\\p{L}])(?:qardaş|qardas|filial)\\p{L}*\\s+(?:[şs]irk[əe]t\\p{L}*\\s+)?hesab(?!at|la|dar)\\p{L}*' +
      '|(?<![\\p{L}])(?:sister\\s+company|கிளை|branch)\\S*\\s+(?:கணக்கு|account-?க்க)',
    { anchors: ['hisob', 'hesab', 'கணக்கு', 'account-க்க', 'accountக்க'] },
  ),
];
