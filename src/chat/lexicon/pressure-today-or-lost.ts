import { cue, inMessageWith, type Cue } from './cue';

/**
 * "Today", and what the buyer loses after it (the price goes up, the goods
 * go to another buyer, the slot is gone), in one message, in the languages
 * where the phrase cues catch little of it: "kalau hari ini belum bayar saya
 * lepas ke buyer lain", "ngayon lang po ang presyo, bukas tataas na",
 * "hôm nay không chốt thì mai giá lên". Unlike DEADLINE_WITH_A_LOSS, no word
 * for paying is needed: closing, confirming or deciding is what is rushed.
 * Either part alone is ordinary ("we ship today", "steel went up").
 */
interface TodayAndLoss {
  /** "Today" or "tonight": the cue's evidence. */
  today: string;
  /** A rise in price, another buyer, a lost slot. */
  loss: string;
  /** Words every `today` holds. */
  anchors: readonly string[];
}

/** How far from "today", before or after it, the loss is looked for. */
const REACH = 150;

const LANGUAGES: readonly TodayAndLoss[] = [
  // Indonesian and Malay: "harga naik", "buyer lain", "saya lepas ke".
  {
    today: '\\b(?:hari\\s+ini|hr\\s+ini|malam\\s+ini)\\b',
    loss: '\\b(?:(?:buyer|pembeli|customer|pelanggan)\\s+lain|(?:harga|hrg)\\s+(?:\\S+\\s+)?naik|naik\\s+harga|lepas\\s+ke|hangus)\\b',
    anchors: ['hari ini', 'hr ini', 'malam ini'],
  },
  // Tagalog: "bukas tataas na", "ibang buyer".
  {
    today: '\\b(?:ngayon|ngayong\\s+araw)\\b',
    loss: '\\b(?:tataas|taas\\s+na|ibang\\s+(?:buyer|customer|mamimili|kliyente)|mawawala)\\b',
    anchors: ['ngayon'],
  },
  // Vietnamese: "mai giá lên", "tăng giá", "khách khác".
  {
    today: 'h[ôo]m\\s+nay|t[ốo]i\\s+nay',
    loss: 'gi[áa]\\s+(?:s[ẽe]\\s+)?(?:l[êe]n|t[ăa]ng)|t[ăa]ng\\s+gi[áa]|kh[áa]ch\\s+(?:h[àa]ng\\s+)?kh[áa]c|m[ấa]t\\s+(?:su[ấa]t|ch[ỗo]|slot)',
    anchors: ['hôm nay', 'hom nay', 'tối nay', 'toi nay'],
  },
  // Thai: ขึ้นราคา (the price goes up), ลูกค้าอื่น (another customer).
  {
    today: 'วันนี้',
    loss: 'ขึ้นราคา|ราคา(?:จะ)?ขึ้น|ปรับราคา|ลูกค้า(?:คน|ราย)?อื่น',
    anchors: ['วันนี้'],
  },
  // Hindi, in Devanagari and in Latin letters: "rate badh jayega", "दूसरी पार्टी को दे देंगे".
  {
    today: 'आज|\\baaj\\b',
    loss:
      '(?:रेट|दाम|भाव|कीमत|प्राइस)\\s+(?:\\S+\\s+)?बढ़|दूसर(?:े|ी|ा)\\s+(?:पार्टी|ग्राहक|कस्टमर|बायर)|किसी\\s+और\\s+को' +
      '|\\b(?:rate|daam|price)\\s+(?:\\S+\\s+)?badh|\\bdusr[ei]\\s+(?:party|customer|buyer)\\b|\\bkisi\\s+aur\\s+ko\\b',
    anchors: ['आज', 'aaj'],
  },
  // Polish: "jutro drożej", "cena wzrośnie", "ostatnia szansa" (a last chance is a deadline too).
  {
    today: '\\b(?:dzisiaj|dzi[śs]|ostatnia\\s+szansa)\\b',
    loss: '\\bdro[żz]ej\\b|\\bcen[ay]\\s+(?:\\S+\\s+)?(?:wzro[śs]nie|wzrosn[ąa]|ro[śs]nie|p[óo]jd[ąz]ie?\\s+w\\s+g[óo]r[ęe])|\\binn(?:y|emu|ego)\\s+(?:klient|kupuj)|\\bprzepadnie\\b',
    anchors: ['dzisiaj', 'dziś', 'dzis', 'ostatnia szansa'],
  },
  // Turkish: "fiyat artar", "başka müşteri".
  {
    today: '\\b(?:bug[üu]n|bu\\s+ak[şs]am)',
    loss: '\\bfiyat\\w*\\s+(?:\\S+\\s+)?(?:artar|artacak|art[ıi]yor|y[üu]kselecek)|\\bzam\\s+gel|\\bba[şs]ka\\s+(?:bir\\s+)?(?:m[üu][şs]teri|al[ıi]c[ıi])',
    anchors: ['bugün', 'bugun', 'bu akşam', 'bu aksam'],
  },
  // Egyptian Arabic, in Arabic and Latin letters: "el se3r yezeed" (read "seer"), زبون تاني.
  {
    today: '\\b(?:el\\s+)?naharda\\b|النهارده|اليوم',
    loss:
      '\\bs[ea]?er\\s+(?:\\S+\\s+)?(?:hayzeed|yezeed|yzeed|hyzeed|haytla[ea]|yetla[ea])\\b|\\b(?:zebon|zobon|customer)\\s+tany\\b' +
      '|(?:السعر|الأسعار|الاسعار)\\s+(?:\\S+\\s+)?(?:هيزيد|سيرتفع|ستزيد|يزيد|هتزيد|يرتفع|هيغلى)|(?:زبون|عميل)\\s+(?:تاني|آخر|اخر)',
    anchors: ['naharda', 'النهارده', 'اليوم'],
  },
  // Korean and Japanese: 가격 인상, 다른 고객; 値上げ, 他のお客様.
  {
    today: '오늘|本日|今日',
    loss: '가격\\s?(?:이\\s?)?(?:인상|오릅|올라)|다른\\s?(?:고객|바이어|손님)|値上げ|他の(?:お客様|バイヤー)',
    anchors: ['오늘', '本日', '今日'],
  },
];

/** One cue for all the languages: a message holding none of their words for today skips it. Part of PRESSURE. */
export const TODAY_OR_LOST: Cue = cue(
  'a deadline today, and a loss after it',
  LANGUAGES.map(({ today, loss }) => `(?:${today})${inMessageWith(loss, REACH)}`).join('|'),
  { anchors: LANGUAGES.flatMap(({ anchors }) => anchors) },
);
