import { cue, inMessageWith, type Cue } from './cue';

/**
 * What a plea is about, in the message: paying, the order, a dispute, a review or a report to the platform. A
 * supplier's lost job over a late sample hurries nothing the buyer could lose by.
 */
const PLEA_TOPIC =
  '(?:pay|pag|paie|zahl|оплат|переказ|ödeme|bayar|thanh\\s+to[áa]n|dispute|disputa|спор|спір|نزاع|tranh\\s+ch[ấa]p|紛争|纠纷|糾紛|विवाद|বিরোধ|' +
  'report|review|avis|yorum|отзыв|order|pedido|encomenda|commande|замовлен|заказ|sipari[şs]|pesanan|đơn|オーダー|注文|订单|訂單|ऑर्डर|অর্ডার|alibaba|ali\\s?baba|علی\\s?بابا|' +
  'confirm|confirme|onay|підтверд|подтверд|yakinkan|sahkan|xác\\s+nhận|ยืนยัน|確認|确认)';

/**
 * Skipping what protects the buyer, pleas and threats, in the other languages buyers and suppliers write in:
 * no inspection, receipt confirmed before the goods arrive, a dispute dropped or never opened, the platform
 * not told, "I will lose my job", a lawsuit or the buyer's name published. Part of PRESSURE.
 */
export const SAFEGUARDS_IN_OTHER_LANGUAGES: readonly Cue[] = [
  cue(
    'a push to skip a safeguard',
    // "No hace falta inspección", "não precisa de inspeção", "не надо инспекции", "Inspektion ist nicht nötig",
    // "inspection ki koi zarurat nahi", "nggak usah pakai inspeksi", 검수는 필요 없어요, 検品は不要, "لا داعي للفحص".
    '\\bno\\s+(?:hace\\s+falta|es\\s+necesari[ao]|necesita)\\s+(?:la\\s+|una\\s+)?inspecci[óo]n|\\bn[ãa]o\\s+precisa\\s+(?:de\\s+)?(?:inspe[çc][ãa]o|vistoria)' +
      '|не\\s+(?:надо|нужн[аоы]?|нужно)\\s+(?:никакой\\s+)?(?:инспекци|проверк)|не\\s+потрібн[аоі]?\\s+(?:інспекці|перевірк)|\\binspektion\\s+ist\\s+nicht\\s+n[öo]tig' +
      '|\\binspection\\s+(?:ki|ka)\\s+(?:koi\\s+)?(?:zarurat|zaroorat|jarurat|need)\\s+(?:nahi|nahin|nhi)|\\b(?:nggak|gak|tidak|tak|ga)\\s+(?:usah|perlu)\\s+(?:pakai\\s+)?inspeksi\\b' +
      '|검수는?\\s*필요\\s*없|検品は?不要|(?:لا|ما\\s+في)\\s+(?:داعي|حاجة)\\s+(?:لل|ل)?فحص' +
      // Receipt confirmed in the system before the goods arrive: "confirme o recebimento no sistema agora",
      // "teslim aldım onayını verin, mal yolda", "sahkan penerimaan barang dulu", 先在系统上确认收货, ยืนยันรับสินค้าในระบบ.
      '|\\bconfirm[ae]\\s+o\\s+recebimento\\s+(?:[\\p{L}]+\\s+){0,3}?(?:agora|primeiro|j[áa])\\b|\\bteslim\\s+ald[ıi]m\\s+onay(?=[^.!?]{0,40}?yolda)|\\bsahkan\\s+penerimaan\\b|\\bkonfirmasi\\s+(?:terima|penerimaan)\\s+barang\\s+(?:dulu|duluan)\\b' +
      // Not after the goods are in hand: ได้ของแล้วคุณกดยืนยันรับสินค้า (once you have the goods, press confirm
      // receipt).
      '|(?:先|提前)[^，。！？,]{0,8}?确认收货|(?<!ได้(?:รับ)?(?:ของ|สินค้า)แล้ว[^\\n.!?]{0,10})ยืนยันรับสินค้า' +
      // A dispute never opened or dropped: "não abre disputa", "ما تفتحش نزاع", "не відкривайте спір", "đừng mở tranh
      // chấp", 紛争を取り下げ, "chiudi la disputa", "vivad band", شکایت رو پس بگیرید, বিরোধ বন্ধ করুন, 撤销纠纷.
      '|\\bn[ãa]o\\s+abr[ae]\\s+(?:a\\s+)?disputa|\\bno\\s+abra\\s+(?:la\\s+|una\\s+)?disputa|\\b(?:chiud[ie]|ritir[ai])\\s+la\\s+disputa|ما\\s+تفتحش\\s+نزاع|لا\\s+تفتح\\s+(?:ال)?نزاع' +
      '|не\\s+відкривайте\\s+спір|не\\s+открывайте\\s+спор|закройте\\s+спор|(?:đừng|\\bdung)\\s+m[ởo]\\s+tranh\\s+ch[ấa]p|紛争を取り下げ|विवाद\\s+बंद|বিরোধ\\s+বন্ধ' +
      '|شکایت\\s+(?:رو|را)\\s+پس\\s+بگیر|(?:撤销|撤回|取消|关闭)(?:纠纷|投诉)|(?:撤銷|撤回|取消|關閉)(?:糾紛|投訴)' +
      // The platform not told, no bad review: "wag niyo na i-report sa Alibaba", علی بابا کو شکایت نہ کریں, "jangan
      // kasih review jelek".
      '|\\b(?:wag|huwag)\\s+(?:\\S+\\s+){0,2}?i-?report\\b|کو\\s+شکایت\\s+نہ\\s+کریں|\\bjangan\\s+(?:kasih|beri|bagi)\\s+(?:review|ulasan|rating)\\s+(?:jelek|buruk)' +
      // A dispute to be withdrawn: "if you keep the case open", 纠纷您先撤销, "cierre la disputa", "den Streitfall nicht
      // zurückziehen", إلغاء النزاع, "متفتحش نزاع", "dispute-nya dibatalkan", ยกเลิกข้อพิพาท, 분쟁을 취소, "закрийте спір";
      // no inspection: "ship without inspection", "pas besoin d'inspection", "no need third party inspection".
      '|\\bif\\s+(?:you\\s+)?keep\\s+the\\s+(?:case|dispute)\\s+open\\b|纠纷[^，。！？,]{0,4}?撤销|\\b(?:cierre|retire|cancele)\\s+la\\s+disputa\\b|\\bstreitfall\\s+(?:nicht\\s+)?zur[üu]ckzieh|(?:إلغاء|الغاء)\\s+النزاع|متفتحش\\s+نزاع' +
      "|\\bdispute-?nya\\s+dibatalkan\\b|\\bbatalkan\\s+dispute\\b|ยกเลิกข้อพิพาท|분쟁을?\\s*취소|закри[йи]те\\s+спір|\\bwithout\\s+(?:the\\s+|any\\s+)?inspection\\b|\\bpas\\s+besoin\\s+d'inspection\\b" +
      '|\\bno\\s+need\\s+(?:for\\s+)?(?:a\\s+|any\\s+)?third[\\s-]party\\s+inspection\\b' +
      // "Jangan beritahu Alibaba".
      '|\\bjangan\\s+(?:beritahu|bagitahu|kasih\\s+tahu|bilang)\\s+(?:ke\\s+|kepada\\s+)?alibaba\\b',
    {
      anchors: [
        'inspecci',
        'inspe',
        'vistoria',
        'инспекци',
        'проверк',
        'інспекці',
        'перевірк',
        'inspektion',
        'inspection',
        'inspeksi',
        '검수',
        '検品',
        'فحص',
        'recebimento',
        'teslim',
        'penerimaan',
        'konfirmasi',
        '确认收货',
        'ยืนยันรับสินค้า',
        'disputa',
        'نزاع',
        'спір',
        'закри',
        'спор',
        'tranh ch',
        '紛争',
        'विवाद',
        'বিরোধ',
        'شکایت',
        '纠纷',
        '投诉',
        '糾紛',
        '投訴',
        'wag',
        'jangan',
        'keep the',
        'dispute',
        'streitfall',
        'ข้อพิพาท',
        '분쟁',
      ],
    },
  ),
  cue(
    'a personal plea',
    // "Vou perder meu emprego", "мене звільнять", "المدير هيرفدني", "meri naukri chali jayegi", "em bị sếp đuổi việc",
    // "mawawalan ako ng trabaho", 会社に解雇されて, আমার চাকরি চলে যাবে, "boss bahut gussa hai", "saya mohon".
    '\\bperder\\s+(?:o\\s+)?(?:meu|mi)\\s+(?:emprego|trabajo)|мене\\s+звільнять|меня\\s+уволят|هيرفدني|هيطردني|(?:नौकरी|naukri)\\s+(?:चली\\s+जाएगी|chali\\s+jayegi|khatre)' +
      '|đuổi\\s+việc|\\bduoi\\s+viec|\\bmawawalan\\s+ako\\s+ng\\s+trabaho|解雇され|চাকরি\\s+চলে\\s+যাবে|\\bboss\\s+bahut\\s+gussa|\\bsaya\\s+mohon\\b|หักเงินเดือน' +
      // "Boss very angry with me", "I beg u", "my whole family depend on it", "don't make me lose face".
      '|\\bboss\\s+(?:is\\s+)?(?:very\\s+|so\\s+)?angry\\s+(?:with|at)\\s+me\\b|\\bi\\s+beg\\s+(?:u|you)\\b|\\bi\\s+am\\s+begging\\b|\\bfamily\\s+depends?\\s+on\\b|\\bmake\\s+me\\s+lose\\s+face\\b|\\bi\\s+lose\\s+my\\s+job\\b' +
      // "My boss will fire me", "my boss is asking me every hour", "my boss not pay my salary", 老板天天问我.
      '|\\bwill\\s+fire\\s+me\\b|\\bboss\\s+(?:is\\s+)?(?:asking|asks|ask)\\s+me\\s+every\\s+hour\\b|\\bnot\\s+pay\\s+my\\s+salary\\b|老板天天(?:问|催)' +
      inMessageWith(PLEA_TOPIC, 200),
    {
      anchors: [
        'perder',
        'звільнять',
        'уволят',
        'هيرفدني',
        'هيطردني',
        'नौकरी',
        'naukri',
        'đuổi việc',
        'duoi viec',
        'mawawalan',
        '解雇され',
        'চাকরি',
        'boss bahut',
        'saya mohon',
        'หักเงินเดือน',
        'angry',
        'i beg',
        'i am begging',
        'family depend',
        'lose face',
        'lose my job',
        'fire me',
        'me every hour',
        'my salary',
        '老板天天',
      ],
    },
  ),
  cue(
    'a threat',
    // "Poursuites judiciaires", "dava açacağız", "pubblichiamo il tuo nome", "opublikujemy nazwę", اسم شرکتتون رو …
    // منتشر, 把你的名字和公司发到所有供应商群里; "report you to the police", "legal action against your company".
    '\\bpoursuites\\s+judiciaires|\\bdava\\s+a[çc]aca[ğg][ıi]z|\\bpubblich(?:iamo|eremo)\\s+il\\s+(?:tuo|vostro)\\s+nome|\\bopublikujemy\\s+nazw' +
      '|اسم\\s+شرکت[\\p{L}]*\\s+(?:رو|را)\\s+(?:در|تو)\\s+[^.]{0,20}?منتشر|(?:名字|公司)[^，。！？]{0,10}?(?:发到|发在|發到|發在)[^，。！？]{0,10}?群' +
      '|\\breport\\s+(?:you|u)\\s+to\\s+the\\s+police\\b|\\blegal\\s+action\\s+against\\s+(?:you|u|your)\\b|\\bblacklist(?:ed)?\\b(?<=\\b(?:cancel\\w*|payment|pay)\\b[^.!?]{0,40})' +
      '|\\btell\\s+(?:other|all)\\s+(?:the\\s+)?suppliers\\s+(?:you|u)\\s+(?:are|r)\\b|\\bnever\\s+buy\\s+from\\s+any\\s+(?:factory|supplier)\\b' +
      // "We will sue your company", "vamos processar sua empresa", "rechtliche Schritte", إجراءات قانونية, ดำเนินคดี.
      '|\\bsue\\s+(?:your|you)\\b|\\bprocessar\\s+(?:a\\s+)?sua\\s+empresa\\b|\\brechtliche\\s+schritte\\b|إجراءات\\s+قانونية|ดำเนินคดี',
    {
      anchors: [
        'poursuites',
        'dava',
        'pubblich',
        'opublikujemy',
        'منتشر',
        '群',
        'police',
        'legal action',
        'blacklist',
        'suppliers',
        'never buy',
        'sue ',
        'processar',
        'rechtliche',
        'قانونية',
        'ดำเนินคดี',
      ],
    },
  ),
];
