import { cue, inMessageWith, inSentenceWith, type Cue } from './cue';
import { AP, PAYING_UZ_AZ_TA } from './words-uzbek-azerbaijani-tamil';
import { SKIPPING_THE_ORDER_IN_UZBEK_AZERBAIJANI_TAMIL } from './paying-outside-uzbek-azerbaijani-tamil-2';

/** Paying words anywhere in the message: a personal account named without one is a customer's or a job's. */
const PAYING_NEAR = inMessageWith(PAYING_UZ_AZ_TA, 160);

/** Paying outside the order in Uzbek, Azerbaijani and Tamil, as probe 86's chats said it. Part of direct-transfer-more-languages.ts's list. */
export const PAYING_OUTSIDE_IN_UZBEK_AZERBAIJANI_TAMIL: readonly Cue[] = [
  cue(
    'a personal account',
    // Uzbek "direktorimizning shaxsiy hisobiga" (to our director's personal account), "agentimizning kartasiga", "Toshkentdagi
    // agentimizga Humo kartaga o'tkazing" (to our agent in Tashkent, to a Humo card); Azerbaijani "mənim şəxsi hesabıma"
    // (to my personal account), "menecerin kartına", "onun kartına köçürün" (to his card); Tamil "அவர் account-க்கு" (to
    // his account), "மேனேஜர் கணக்குக்கு". With paying in the message; not "biz shaxsiy hisobga pul olmaymiz" (we take no
    // money to personal accounts, refused-after.ts), "şəxsi karta pul qəbul etmirik".
    '(?<![\\p{L}])(?:shaxsiy|shahsiy|шахсий|шахсии)\\s+(?:bank\\s+)?(?:hisob|karta|kartochka|ҳисоб|карта)\\p{L}*' +
      `|(?<![\\p{L}])(?:direktor|menejer|menedjer|boshliq|rahbar|buxgalter|agent|vakil|akam|ukam|opam|singlim|xotinim|xo${AP}jayin)\\p{L}*\\s+(?:shaxsiy\\s+)?(?:hisob(?!ot|chi|l)|karta)\\p{L}*` +
      '|(?<![\\p{L}])(?:agent|vakil)\\p{L}*ga\\s+(?:\\S+\\s+){0,3}?(?:karta|hisob(?!ot|chi|l))\\p{L}*' +
      '|(?<![\\p{L}])(?:şəxsi|şexsi|səxsi|sexsi|şahsi|sahsi)\\s+(?:bank\\s+)?(?:hesab(?!at|la|dar)|kart)\\p{L}*' +
      '|(?<![\\p{L}])(?:direktor|menecer|menejer|müdür|mudur|agent|nümayəndə|numayəndə|numayende|mühasib|muhasib|qardaş|qardas|bacı|baci)\\p{L}*\\s+(?:şəxsi\\s+|sexsi\\s+)?(?:hesab(?!at|la|dar)|kart)\\p{L}*' +
      '|(?<![\\p{L}])(?:onun|mənim|menim)\\s+(?:şəxsi\\s+|sexsi\\s+)?(?:hesab|kart)[ıi](?:m|n)[ae](?![\\p{L}])' +
      '|(?<![\\p{L}])தனிப்பட்ட\\s+(?:bank\\s+|வங்கிக்?\\s+)?(?:account|கணக்கு|a/c)' +
      '|(?<![\\p{L}])(?:அவர்|அவரு|அவருடைய|அவரோட|அவங்க|அவங்களோட|avar|avaru|avaroda|avanga)\\s+(?:personal\\s+)?(?:account|கணக்கு(?!\\s*(?:பார்|போட))|a/c|gpay|upi)' +
      '|(?<![\\p{L}])(?:மேனேஜர்|மானேஜர்|டைரக்டர்|இயக்குநர்|ஏஜென்ட்|ஏஜெண்ட்|முதலாளி|manager|director|agent|boss)\\S*\\s+(?:\\S+\\s+){0,2}?கணக்கு(?!\\s*(?:பார்|போட))',
    {
      anchors: [
        'shaxsiy',
        'shahsiy',
        'шахсий',
        'шахсии',
        'direktor',
        'menejer',
        'menedjer',
        'boshliq',
        'rahbar',
        'buxgalter',
        'agent',
        'vakil',
        'akam',
        'ukam',
        'opam',
        'singlim',
        'xotinim',
        'jayin',
        'şəxsi',
        'şexsi',
        'səxsi',
        'sexsi',
        'şahsi',
        'sahsi',
        'menecer',
        'müdür',
        'mudur',
        'nümayəndə',
        'numayəndə',
        'numayende',
        'mühasib',
        'muhasib',
        'qardaş',
        'qardas',
        'bacı',
        'baci',
        'onun',
        'mənim',
        'menim',
        'தனிப்பட்ட',
        'அவர',
        'அவங்க',
        'avar',
        'avanga',
        'கணக்கு',
      ],
      near: [PAYING_NEAR],
    },
  ),
  cue(
    'paying straight to an account, outside the order',
    // Uzbek "to'g'ridan-to'g'ri o'tkazsangiz" (if you transfer directly), "pulni to'g'ri kartangizga o'tkazsam" (straight to
    // your card); Azerbaijani "pulu birbaşa sizin kartınıza köçürüm?", "birbaşa ödəyin"; Tamil "நேரடியாக account-க்கு", "எங்க
    // சொந்த account-க்கு" (to our own account). Not "birbaşa fabrikdən göndəririk" (we ship straight from the factory), nor
    // "நேரா customs-க்கு கட்டணும்" (pay customs directly).
    `(?<![\\p{L}])to${AP}g${AP}ridan[\\s-]?to${AP}g${AP}ri\\s+(?:\\S+\\s+){0,2}?(?:o${AP}tkaz|to${AP}la|hisob|karta)\\p{L}*` +
      `|(?<![\\p{L}])to${AP}g${AP}ri\\s+(?:kartangiz|hisobingiz|kartamiz|hisobimiz)\\p{L}*` +
      '|(?<![\\p{L}])(?:birbaşa|birbasa)\\s+(?:\\S+\\s+){0,2}?(?:kart|hesab(?!at|la|dar)|k[öo][çc][üu]r|[öo]d[əe]y)\\p{L}*' +
      '|(?<![\\p{L}])(?:நேரடியாக|நேரடியா|நேரா|neradiya)\\s+(?:\\S+\\s+){0,2}?(?:account|கணக்கு|a/c)' +
      '|(?<![\\p{L}])(?:எங்க|எங்கள்|எங்களோட|enga)\\s+(?:சொந்த|sondha|sontha)\\s+(?:bank\\s+)?(?:account|கணக்கு)',
    {
      anchors: [
        'ridan',
        'kartangiz',
        'hisobingiz',
        'kartamiz',
        'hisobimiz',
        'birbaşa',
        'birbasa',
        'நேரடியா',
        'நேரா',
        'neradiya',
        'சொந்த',
        'sondha',
        'sontha',
      ],
      near: [PAYING_NEAR],
    },
  ),
  cue(
    'a card-to-card transfer',
    // Uzbek "kartadan kartaga o'tkazing", Azerbaijani "kartdan karta edin" (card to card), "karta-karta": money to a person's
    // bank card, outside the order.
    '(?<![\\p{L}])karta?dan[\\s-]+karta(?:ga)?(?![\\p{L}])|(?<![\\p{L}])karta-karta(?![\\p{L}])',
    { anchors: ['kartadan', 'kartdan', 'karta-karta'] },
  ),
  cue(
    'a local payment app',
    // Azerbaijan's M10, Birbank and Leobank, Uzbekistan's Uzcard and Humo, named to pay: "M10 ilə ödəyin", "M10-a köçürün",
    // "Uzcard'ga o'tkazing". Not an M10 bolt.
    '(?<![\\p{L}\\p{N}])(?:m10|birbank|leobank|uzcard|humo)(?![\\p{L}\\p{N}])(?!\\s*(?:bolt|vint|gayka|mm|x\\d))',
    {
      anchors: ['m10', 'birbank', 'leobank', 'uzcard', 'humo'],
      near: [
        inSentenceWith(
          `(?:k[öo][çc][üu]r[üu]n|[öo]d[əe]yin|at[ıi]n|o${AP}tkazing|to${AP}lang|tashlang|yuboring|manatla|so${AP}mda)`,
          60,
        ),
      ],
    },
  ),
  cue(
    'the next payments to the account given in the chat',
    // Uzbek "Keyingi to'lovlarni ham shu Dubay hisobiga qiling" (the next payments too to this Dubai account), Azerbaijani
    // "Növbəti ödənişləri də bu hesaba edin", Tamil "அடுத்த order-க்கும் இதே account தான்" (the next order too, this same
    // account).
    `(?<![\\p{L}])keyingi\\s+(?:to${AP}lov|buyurtma|zakaz|partiya)\\p{L}*\\s+(?:ham\\s+)?(?:shu|bu|o${AP}sha)\\s+(?:\\S+\\s+)?(?:hisob(?!ot|chi|l)|karta)\\p{L}*` +
      '|(?<![\\p{L}])(?:növbəti|novbeti|növbeti|novbəti)\\s+(?:[öo]d[əe]ni[şs]|sifari[şs])\\p{L}*\\s+(?:d[əe]\\s+)?(?:bu|həmin|hemin|eyni)\\s+(?:\\S+\\s+)?(?:hesab(?!at|la|dar)|kart)\\p{L}*' +
      '|(?<![\\p{L}])அடுத்த\\s+(?:order|ஆர்டர்|payment|பேமெண்ட்)\\S*\\s+(?:\\S+\\s+)?(?:இதே|அதே|இந்த)\\s+(?:account|கணக்கு)',
    { anchors: ['keyingi', 'növbəti', 'novbeti', 'növbeti', 'novbəti', 'அடுத்த'] },
  ),
  ...SKIPPING_THE_ORDER_IN_UZBEK_AZERBAIJANI_TAMIL,
];
