import type { ThreadLanguagePack } from './thread-language-packs';
import type { ReplyWords } from './thread-words';

// The threads' replies in German, Turkish, Hindi (and Hinglish), Indonesian, Vietnamese (with and without its marks),
// Polish and Japanese (thread-language-packs.ts): "überwiesen, Beleg anbei", "hesap numarası?", "paisa bhej diya",
// "rekening yang mana?", "đã chuyển rồi", "na jakie konto?", "振り込みました"; "ekledim", "追加しました"; "kart
// bilgilerimi girdim". Their why-words are read with the older languages' in buyers-own-message.ts.

/** Money sent, or about to be. */
const PAID: ReplyWords = {
  words: [
    '(?:habe\\s+|hab\\s+)?(?:überwiesen|ueberwiesen)|überweisung\\s+(?:ist\\s+)?(?:raus|gemacht|getätigt|erledigt|unterwegs)|(?:ich\\s+)?überweise\\s+(?:\\S+\\s+){0,2}?(?:heute|morgen|gleich|jetzt|montag)|(?:zahlungs)?beleg\\s+(?:anbei|im\\s+anhang)|^\\W*(?:ok\\W+)?erledigt|geld\\s+ist\\s+unterwegs',
    'gönderdim|ödedim|yatırdım|havale\\s+(?:ettim|yaptım|yapıldı|gönderildi)|eft\\s+(?:yaptım|yapıldı)|para\\s+yolda|dekont\\s+(?:ekte|attım|gönderdim)|(?:yarın|bugün|hemen)\\s+(?:gönderiyorum|ödüyorum|yatırıyorum|göndereceğim|ödeyeceğim|yatıracağım)',
    '(?:paisa|paise|payment|amount|advance|transfer)\\s+(?:bhej|kar|ho)\\s+(?:diya|diye|dia|gaya|gya)|bhej\\s+(?:diya|diye|dia)|(?:kal|aaj)\\s+(?:subah\\s+|shaam\\s+)?(?:bhejta|bhejunga|bhej\\s+dunga|kar\\s+dunga|transfer\\s+karta)|slip\\s+attach',
    'भेज\\s+(?:दिया|दिए|दी)|(?:पेमेंट|भुगतान|ट्रांसफर)\\s+(?:कर\\s+दिया|हो\\s+गया)',
    '(?:sudah|udah|sdh)\\s+(?:saya\\s+)?(?:transfer|tf|bayar|dibayar|kirim\\s+(?:uang|dana))|(?:besok|hari\\s+ini|sekarang)\\s+(?:saya\\s+)?(?:transfer|bayar)|saya\\s+transfer\\s+(?:besok|sekarang|hari\\s+ini)|bukti\\s+(?:transfer\\s+)?(?:terlampir|saya\\s+kirim|sudah\\s+dikirim)',
    '(?:đã|da)\\s+(?:chuyển|chuyen|thanh\\s+toán|thanh\\s+toan|gửi\\s+tiền|gui\\s+tien)|(?:chuyển|chuyen)\\s+(?:khoản\\s+|khoan\\s+)?(?:rồi|roi)|(?:chuyển|chuyen)\\s+(?:cọc|coc)|(?:mai|hôm\\s+nay|hom\\s+nay)\\s+(?:em\\s+|anh\\s+|chị\\s+|chi\\s+|mình\\s+|minh\\s+)?(?:chuyển|chuyen)',
    'zapłaciłe[mś]|zapłaciłam|zapłacone|przelałe[mś]|przelałam|wysłałe[mś]\\s+przelew|przelew\\s+(?:wysłany|zrobiony|poszedł|zlecony|wykonany|pójdzie)|^\\W*(?:ok\\W+)?(?:wysłane|zlecone)|potwierdzenie\\s+(?:przelewu|w\\s+załączniku)|(?:jutro|dziś|dzisiaj)\\s+(?:zrobię|wyślę|zlecę)\\s+przelew',
  ],
  phrases: [
    '振り?込(?:み)?(?:ました|しました|完了)|送金(?:しました|完了)|払いました|明細を添付|(?:今日|明日|本日)(?:振り?込|送金)',
  ],
};

/** Asking where or how to pay, or for the details. */
const ASKS_WHERE: ReplyWords = {
  words: [
    // The bank's codes asked about, in any language: "SWIFT kodu nedir?", "swift code kya hai?".
    '(?:swift|bic|iban)(?=[^?]{0,30}\\?)',
    '(?:auf\\s+)?welches\\s+konto|welche\\s+(?:iban|bankverbindung|kontonummer|bank)|wohin\\s+(?:soll\\s+ich\\s+)?(?:überweisen|zahlen|schicken)|(?:schick|schicken\\s+sie|gib|geben\\s+sie)\\s+(?:mir\\s+)?(?:die\\s+|den\\s+)?(?:iban|bankverbindung|kontodaten|kontonummer|bankdaten|daten|namen)|brauche\\s+(?:den\\s+|die\\s+)?(?:namen?|iban|bankdaten|kontodaten|swift)|an\\s+wen\\s+(?:überweise|zahle)',
    'hesap\\s+(?:numarası|no|bilgileri)|hangi\\s+(?:hesap|banka|iban)|iban\\s+(?:at|gönder|ver)|nereye\\s+(?:ödeyeyim|göndereyim|yatırayım|havale)|alıcı\\s+adı',
    '(?:kaunsa|kaun\\s+sa|konsa|kis)\\s+(?:account|a/c|bank)|(?:account|bank)\\s+(?:details|number|no)\\s+(?:bhejo|bhejiye|do|dijiye)|details\\s+bhejo|kitna\\s+(?:bhejna|bhejun|transfer)|kahan\\s+(?:bhejna|bhejun|transfer)|kis\\s+(?:ke\\s+)?naam\\s+(?:se|pe|par|mein|me)',
    'कौन\\s+सा\\s+(?:अकाउंट|खाता)|(?:अकाउंट|बैंक)\\s+(?:डिटेल्स|नंबर)\\s+भेज\\p{L}*',
    'rekening\\s+(?:yang\\s+)?mana|rekening\\s+(?:\\S+\\s+)?(?:nya\\s+)?apa|(?:no|nomor|nomer)\\s+(?:rek|rekening)|kirim\\s+(?:no\\s+|nomor\\s+)?rekening|atas\\s+nama\\s+siapa|(?:transfer|bayar)\\s+ke\\s+mana|invoice\\s*(?:nya\\s+)?baru\\s*(?:nya\\s+)?mana',
    '(?:số|so)\\s+(?:tài|tai)\\s+(?:khoản|khoan)|stk|(?:tài|tai)\\s+(?:khoản|khoan)\\s+(?:nào|nao)|(?:chuyển|chuyen)\\s+(?:vào|vao)\\s+(?:đâu|dau)|(?:thông|thong)\\s+tin\\s+(?:ngân|ngan)\\s+(?:hàng|hang)|(?:tên|ten)\\s+(?:người|nguoi)\\s+(?:nhận|nhan)',
    '(?:na\\s+)?jakie\\s+konto|numer\\s+(?:konta|rachunku)|(?:podaj|prześlij|wyślij)\\s+(?:mi\\s+)?(?:numer|dane|iban|nazwę)|gdzie\\s+(?:mam\\s+)?(?:wpłacić|przelać|zapłacić)|ile\\s+(?:mam\\s+)?(?:przelać|wpłacić)',
  ],
  phrases: ['どの口座|口座番号|振込先|送金先|口座(?:を教えて|情報)|(?:銀行名|受取人)は'],
};

/** Pointing at the account already named, or the receipt asked for. */
const POINTS_AT: ReplyWords = {
  words: [
    '(?:dasselbe|das\\s+gleiche|gleiche)\\s+konto|wie\\s+(?:letztes\\s+mal|beim\\s+letzten\\s+mal)|(?:zahlungs)?beleg\\s+(?:schicken|senden)',
    'aynı\\s+hesap|geçen\\s+seferki|dekontu\\s+(?:atın|atar|gönderin|yollayın)',
    '(?:wahi|same)\\s+(?:account|a/c)|pichli\\s+baar\\s+(?:wala|jaisa)|(?:slip|screenshot)\\s+bhejo|वही\\s+(?:अकाउंट|खाता)',
    'rekening\\s+yang\\s+sama|sama\\s+(?:seperti|kayak)\\s+(?:dulu|sebelumnya|kemarin)|kirim\\s+bukti',
    '(?:như|nhu|giống|giong)\\s+(?:lần|lan)\\s+(?:trước|truoc)|(?:tài|tai)\\s+(?:khoản|khoan)\\s+(?:cũ|cu)|(?:gửi|gui|chụp|chup)\\s+bill',
    'to\\s+samo\\s+konto|(?:tak\\s+)?jak\\s+ostatnio|(?:wyślij|prześlij|proszę\\s+o)\\s+potwierdzenie',
  ],
  phrases: ['前回と同じ|同じ口座|前と同じ|(?:明細|控え)を(?:送って|ください)'],
};

/** A word of paying beside an amount in a short reply. */
const TO_PAY: ReplyWords = {
  words: [
    'zahlung|überweisung|betrag|anzahlung|empfänger|ödeme|havale|tutar|alıcı|kapora|paisa|paise|bhejna|bayar|rekening|pelunasan|chuyển|chuyen|cọc|coc|przelew|kwota|zaliczka|odbiorca',
  ],
  phrases: ['送金|振込|支払'],
};

/** Back to the order, or no. */
const BACK_TO_THE_ORDER: ReplyWords = {
  words: [
    'nur\\s+(?:über|via|per|mit)\\s+(?:alibaba|trade\\s+assurance|die\\s+plattform|die\\s+bestellung)|auf\\s+keinen\\s+fall|kommt\\s+nicht\\s+in\\s+frage',
    'sadece\\s+(?:alibaba|trade\\s+assurance|platform)\\p{L}*|asla\\s+(?:ödemem|göndermem)',
    '(?:sirf|sirph)\\s+(?:alibaba|trade\\s+assurance)|सिर्फ\\s+(?:alibaba|अलीबाबा|trade\\s+assurance)',
    '(?:hanya|cuma|cuman)\\s+(?:mau\\s+)?(?:bayar\\s+)?(?:lewat|via|melalui|di)\\s+(?:alibaba|trade\\s+assurance|platform)',
    '(?:chỉ|chi)\\s+(?:thanh\\s+toán\\s+|thanh\\s+toan\\s+)?(?:qua|trên|tren)\\s+(?:alibaba|trade\\s+assurance|sàn|san)',
    'tylko\\s+(?:przez\\s+|na\\s+|w\\s+)?(?:alibab\\p{L}*|trade\\s+assurance|platform\\p{L}*)|nie\\s+ma\\s+mowy',
  ],
  phrases: ['取引保証(?:のみ|だけ)|(?:アリババ|alibaba)(?:経由|の注文)?(?:のみ|だけ)'],
};

/** A question that doubts the request. */
const DOUBTS: ReplyWords = {
  words: [
    'warum|wieso|sicher|seltsam|komisch|betrug|neden|niye|güvenli|garip|tuhaf|dolandırıcı\\p{L}*|kyun|kyon|kyu|pakka|क्यों|kenapa|mengapa|aman|aneh|penipu\\p{L}*|(?:tại|tai)\\s+sao|an\\s+(?:toàn|toan)|(?:lừa|lua)\\s+(?:đảo|dao)|dlaczego|czemu|bezpieczn\\p{L}*|dziwne|oszust\\p{L}*|podejrzan\\p{L}*',
  ],
  phrases: ['なぜ|なんで|大丈夫|安全|怪しい|詐欺|おかしい'],
};

/** Words that name the order or the platform in these languages ("Trade Assurance siparişine ödedim", "注文ページ"). */
const NAMES_THE_ORDER: ReplyWords = {
  words: [
    'bestellung|plattform|sipari[şs]\\p{L}*|platformu\\p{L}*|pesanan|(?:đơn|don)\\s+(?:hàng|hang)|sàn|zamówieni\\p{L}*|platformie',
  ],
  phrases: ['注文|アリババ'],
};

/** The supplier vouching for the way it asked: "alle Kunden zahlen so", "kami supplier terpercaya", "bez obaw". */
const VOUCHES: ReplyWords = {
  words: [
    '(?:alle|viele)\\s+kunden\\s+(?:zahlen|machen)\\s+(?:so|das)|vertrauen\\s+sie\\s+(?:mir|uns)|alles\\s+sicher|seriöse\\s+firma',
    '(?:tüm|bütün)\\s+müşteri\\p{L}*\\s+(?:böyle|bu\\s+şekilde)|güvenilir\\s+(?:firma|şirket)',
    '(?:bilkul|ekdum|100%)\\s+safe|बिलकुल\\s+(?:safe|सुरक्षित)',
    'supplier\\s+terpercaya|aman\\s+(?:kak|gan|pak|bu)|semua\\s+customer\\s+(?:bayar|transfer)',
    '(?:yên|yen)\\s+(?:tâm|tam)|uy\\s+(?:tín|tin)',
    'bez\\s+obaw|(?:jest\\s+|też\\s+jest\\s+)?bezpieczne|ta\\s+sama\\s+grupa',
  ],
  phrases: ['安全です|ご安心ください'],
};

export const GERMAN_TO_JAPANESE_REPLIES: ThreadLanguagePack = {
  paid: PAID,
  asksWhere: ASKS_WHERE,
  pointsAt: POINTS_AT,
  toPay: TO_PAY,
  backToTheOrder: BACK_TO_THE_ORDER,
  vouches: VOUCHES,
  doubts: DOUBTS,
  namesTheOrder: NAMES_THE_ORDER,
  // "hab dich hinzugefügt", "ekledim", "add kar liya", "sudah saya add", "đã kết bạn", "dodałem", "追加しました".
  moved: {
    words: [
      '(?:habe?\\s+)?(?:dich|sie|euch)\\s+(?:hinzugefügt|geaddet|angeschrieben)|(?:hab|habe)\\s+(?:dir|ihnen)\\s+geschrieben|(?:schreib|schreiben\\s+sie)\\s+(?:mir\\s+)?(?:dort|da)',
      'ekledim|ekliyorum|mesaj\\s+(?:attım|gönderdim|yazdım)|yazdım\\s+(?:size|sana)',
      'add\\s+(?:kar\\s+(?:liya|diya|lia|dia)|kiya)|(?:msg|message|mesej)\\s+(?:kar\\s+diya|bheja)|जोड़\\s+(?:लिया|दिया)|ऐड\\s+कर\\s+(?:लिया|दिया)',
      '(?:sudah|udah|sdh)\\s+(?:saya\\s+)?(?:add|tambah\\p{L}*|chat|wa|sms)|(?:sudah|udah)\\s+masuk',
      '(?:đã|da)\\s+(?:kết|ket)\\s+(?:bạn|ban)|(?:đã|da)\\s+(?:add|thêm|them|nhắn|nhan)|(?:nhắn|nhan)\\s+(?:rồi|roi)|(?:add|kết\\s+bạn)\\s+(?:rồi|roi)',
      'dodałe[mś]|dodałam|napisałe[mś]|napisałam|(?:piszę|napiszę)\\s+(?:tam|na\\s+whatsapp)',
    ],
    phrases: ['追加しました|登録しました|友だち追加|メッセージ(?:を)?送りました'],
  },
  backToTheChat: { words: [] },
  namesTheChat: { words: [] },
  // "Passwort eingegeben", "kart bilgilerimi girdim", "कार्ड नंबर डाल दिया", "kodenya", "nhập thẻ", "wpisałem BLIK".
  pageTakes: {
    words: [
      'passwort|kennwort|eingegeben|eingeloggt|(?:sms-?|tan-?)?code|karten(?:daten|nummer)|(?:meine|die)\\s+karte',
      'şifre\\p{L}*|girdim|giriş\\s+yaptım|kart\\s+bilgi\\p{L}*|kart[ıi]|kod\\p{L}*',
      'daal\\s+(?:diya|diye|dia)|पासवर्ड|कार्ड|ओटीपी|डाल\\s+(?:दिया|दी)|कोड',
      'kata\\s+sandi|sandi|kode\\p{L}*|kartu|masukin|masukkan',
      '(?:mật|mat)\\s+(?:khẩu|khau)|(?:nhập|nhap)|thẻ|(?:đăng|dang)\\s+(?:nhập|nhap)|mã(?:\\s+(?:là|otp|xác\\s+nhận))?',
      'hasł\\p{L}*|wpisał\\p{L}*|wpisać|zalogował\\p{L}*|blik|kod(?:u|em)?|kart[aęy]',
    ],
  },
  refusesThePage: { words: [] },
  asksWhy: { words: [] },
};
