/**
 * A changed receiving account in still more languages: branches and anchors
 * of the same cue as the languages in details-change-languages.ts, kept here
 * so that file stays readable. One cue, so a message is searched for all of
 * them in one pass.
 */
export const CHANGED_ACCOUNT_IN_MORE_LANGUAGES =
  // Italian "l'IBAN … era sbagliato", Greek "άλλαξαν τα τραπεζικά", "παλιό λογαριασμό", Mongolian хуучин данс and шинэ
  // данс (the old, the new account), Kazakh "бұрынғы Kaspi нөмірі бұғатталды";
  // Polish, Malay, Portuguese, Ukrainian, German and Turkish: "zmianie rachunku", "nowe konto", "akaun … telah ditukar",
  // "o banco … está errado", "рахунок … заблоковано", "наш рахунок … обмежено" (our account is restricted),
  // "dass sich unsere Bankverbindung geändert hat", "hesabı … kapatıldı".
  '\\biban\\s+(?:\\S+\\s+){0,6}?(?:era|è)\\s+sbagliat[oa]\\b|[άα]λλαξαν\\s+τα\\s+τραπεζικ[άα]|παλι[όο]\\s+λογαριασμ[όο]|хуучин\\s+данс|шинэ\\s+данс|бұрынғы\\s+(?:\\S+\\s+)?нөмір\\S*\\s+бұғатталды|' +
  '\\bzmian\\w*\\s+rachunk\\w*|\\bnowe\\s+konto\\b|\\bakaun\\s+(?:\\S+\\s+){0,2}?(?:telah\\s+)?(?:ditukar|bertukar|berubah)|\\bakaun\\s+(?:baharu|baru)\\b' +
  '|\\b(?:banco\\s+|conta\\s+)(?:\\S+\\s+){0,6}?est[áa]\\s+errad[oa]\\b|\\bbanco\\s+novo\\b|\\bnovo\\s+banco\\b' +
  '|рахунок\\s+(?:\\S+\\s+){0,3}?(?:заблоковано|заблокований|закрито|закритий|змінено|змінився)|(?<![\\p{L}])наш[\\p{L}]*\\s+рахунок\\s+(?:\\S+\\s+){0,3}?обмежен[\\p{L}]*|новий\\s+рахунок' +
  '|\\bbankverbindung\\s+ge(?:ä|a|ae)ndert|\\bneue\\s+bankverbindung\\b|\\bhesab[ıi]\\s+(?:\\S+\\s+){0,5}?(?:kapat[ıi]ld[ıi]|donduruldu|bloke\\s+edildi)|\\byeni\\s+(?:iban|hesab|banka\\s+hesab)' +
  // Spanish, Portuguese, French, Italian, Vietnamese, Russian and Greek: "cambiamos de banco", "no utilice más los datos
  // bancarios", "la cuenta está en auditoría", "a nossa conta de
  // recebimento passou para", "notre banque bénéficiaire change", "il conto di accredito è cambiato", "đổi ngân hàng",
  // "сменился получатель платежей", "ο λογαριασμός μας άλλαξε".
  '|\\bcambiamos\\s+de\\s+(?:banco|cuenta)\\b|\\bno\\s+(?:utilice|use|usen|utilicen)\\s+(?:m[áa]s\\s+(?:los\\s+)?datos\\s+bancarios\\b|los\\s+datos\\s+bancarios\\s+(?:anteriores|antiguos|viejos|de\\s+la\\s+(?:factura|proforma)))|\\bcuenta\\s+(?:est[áa]\\s+)?en\\s+auditor[íi]a\\b(?![^.!?]{0,40}alibaba)|\\bcambiamos\\s+(?:nuestra|la)\\s+cuenta\\b|\\buse\\s+los\\s+nuevos\\s+datos\\b|\\bcuenta\\s+(?:\\S+\\s+){1,3}?ha\\s+cambiado|\\bactualice\\s+sus\\s+registros\\b|\\bconta\\s+(?:\\S+\\s+){0,3}?passou\\s+para\\b|\\bconta\\s+antiga\\b|\\bn[ãa]o\\s+use\\s+mais\\s+a\\s+conta\\b' +
  '|\\bbanque\\s+b[ée]n[ée]ficiaire\\s+change|\\bfiche\\s+fournisseur\\b|\\bconto\\s+(?:(?!non\\s)\\S+\\s+){0,3}?(?:è|e)\\s+cambiato|\\bnuova\\s+banca\\b' +
  '|(?:đổi|đoi|doi)\\s+(?:ngân|ngan)\\s+(?:hàng|hang)|th[ụu]\\s+h[ưu][ởo]ng\\s+(?:\\S+\\s+){0,2}?thay\\s+đ[ổo]i|сменил(?:ся|ись|ась|ось)\\s+(?:\\S+\\s+)?(?:получател|реквизит|сч[её]т|банк)|старые\\s+реквизиты|λογαριασμ\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:άλλαξε|αλλαξε)|(?:νέο|νεο)\\s+λογαριασμ' +
  // Russian, Polish, French, Italian, Malay, Thai, Tagalog, Uzbek, Kazakh, Egyptian Arabic in Latin letters: "реквизиты
  // поменялись", "zmiana numeru konta", "nasze konto zablokowane przez audyt", "compte changé", "iban cambiato", "akaun
  // lama dah tutup", บัญชีเก่า, "may bago na po kaming account", "yangi hisob", "жаңа шот", "fi 7esab gdid", "3la el
  // 7esab el gedid" (read as "tesab": the detector reads a digit inside a word as the letter it looks like).
  '|реквизиты\\s+(?:\\S+\\s+)?(?:поменялись|изменились|сменились)|старый\\s+сч[её]т|сч[её]т\\s+(?:\\S+\\s+)?заблокирован|через\\s+платежн\\S*\\s+агент' +
  "|\\bzmian\\w*\\s+(?:numeru\\s+)?kont\\w*|\\bstare\\s+(?:konto\\s+)?zablokowane|\\bnasze\\s+konto\\s+(?:\\S+\\s+){0,3}?(?:zablokowane|zamro[żz]one)\\s+przez\\s+(?:audyt|kontrol|bank|urz)|\\bcompte\\s+(?:\\S+\\s+)?chang[ée]|\\bnouveau\\s+compte\\b|\\bchang[ée]\\s+de\\s+banque\\b|\\bne\\s+plus\\s+utiliser\\s+l'ancien\\s+compte\\b|\\biban\\s+(?:(?!non\\s)\\S+\\s+)?cambiat[oa]|\\bvecchio\\s+(?:iban|conto)\\b" +
  '|\\bakaun\\s+lama\\s+(?:dah\\s+|telah\\s+|sudah\\s+)?(?:tutup|ditutup)|บัญชีเก่า|\\bbago\\s+na\\s+(?:po\\s+)?(?:kaming\\s+)?account|\\b(?:yangi|eski)\\s+hisob|жаңа\\s+шот|шот\\s+ауысты|\\bb?[th]esab\\s+(?:el\\s+)?(?:gdid|gedid|jdid|jadid)\\b' +
  // Spanish, Urdu, Hindi and Indonesian: "nuestra cuenta bancaria cambió", "ہمارا اکاؤنٹ بدل گیا", "अकाउंट बदल गया", "rek
  // perusahaan kami lagi diaudit", "pakai rek baru" (rek: rekening).
  // "Ya no recibimos en la cuenta de Hong Kong" (we no longer receive into the Hong Kong account).
  '|\\bya\\s+no\\s+(?:recibimos|usamos|utilizamos)\\s+(?:\\S+\\s+){0,2}?(?:en\\s+)?(?:la|esa|esta|nuestra)\\s+cuenta\\b|\\bcuenta\\s+(?:bancaria\\s+)?cambi(?:ó|o\\b)|اکاؤنٹ\\s+(?:بدل|تبدیل)|अकाउंट\\s+(?:नंबर\\s+)?(?:बदल|चेंज)|नया\\s+अकाउंट' +
  // Portuguese "mudamos de banco", Tagalog "nagbago na ang bank account namin", Polish "zmienił się nasz numer konta",
  // Romanian "s-a schimbat contul nostru bancar", Czech "se změnilo naše číslo účtu", Hungarian "bankszámlaszámunk megváltozott".
  '|\\bmudamos\\s+de\\s+banco\\b|\\bnagbago\\s+na\\s+(?:po\\s+)?ang\\s+(?:bank\\s+)?account\\b|\\bzmieni[łl]\\s+si[ęe]\\s+(?:nasz\\s+)?(?:numer\\s+konta|rachunek)' +
  '|\\bsa\\s+schimbat\\s+contul\\b|\\bzm[ěe]nil[oa]?\\s+(?:na[šs]e\\s+)?(?:[čc][íi]slo\\s+)?(?:[úu][čc]tu|[úu][čc]et)|\\bbanksz[áa]mlasz[áa]m\\w*\\s+megv[áa]ltozott' +
  // Abbreviated as typed on a phone: "rek kami ganti" (rekening), Vietnamese "tk cty đổi rồi", "ck vào tk mới" (tài khoản
  // công ty: the company's account; chuyển khoản: transfer); not "tk mọi người" (thanks, everyone).
  '|\\brek\\s+(?:kami|saya|perusahaan|pt)\\s+(?:sudah\\s+|udah\\s+|sdh\\s+)?(?:ganti|diganti|berubah)\\b' +
  '|\\bs?tk\\s+(?:cty\\s+|c[ôo]ng\\s+ty\\s+)?(?:(?:đã|da)\\s+)?(?:đổi|doi|thay\\s+đổi|thay\\s+doi)\\b|\\bs?tk\\s+(?:mới|moi)\\b(?!\\s+ng(?:ư|u)(?:ờ|o)i)' +
  '|\\brek\\.?\\s+baru\\b|\\brek(?:ening)?\\s+(?:\\S+\\s+){0,3}?(?:lagi\\s+|sedang\\s+)?(?:diaudit|dibekukan|diblokir|ditutup)\\b' +
  '|\\bcobramos\\s+(?:por|a\\s+trav[ée]s\\s+de|mediante)\\s+(?:un|una|nuestro)\\s+agente|\\bcedida\\s+p(?:ara|/)\\s+uma\\s+factoring|\\bdados\\s+de\\s+pagamento\\s+agora' +
  // Round 14: "unsere Bankverbindung hat sich geändert", "das Konto auf der Rechnung ist nicht mehr gültig", "a régi bankszámlánk
  // megszűnt", "az új számlára", "старі реквізити", "реквізити в оновленому інвойсі" (in the updated invoice),
  // פרטי הבנק שלנו השתנו, "החשבון בחשבונית כבר לא פעיל", 新しい口座, 合同上的账号已经不能用了, "el 7esab el adim" (the old account).
  '|\\bbankverbindung\\s+hat\\s+sich\\s+ge(?:ä|a|ae)ndert|\\bkonto\\s+auf\\s+der\\s+rechnung\\s+ist\\s+nicht\\s+mehr\\s+g(?:ü|u|ue)ltig' +
  '|\\br[ée]gi\\s+banksz[áa]ml[áa]\\w*\\s+megsz[űu]nt|(?<![\\p{L}])(?:új|uj)\\s+(?:számlára|szamlara)(?![\\p{L}])|(?:стар[іи]|нов[іи])\\s+реквізити|реквізити\\s+(?:в|у)\\s+оновлен[\\p{L}]*\\s+(?:інво[йи]с|рахун)[\\p{L}]*' +
  '|פרטי\\s+הבנק\\s+(?:שלנו\\s+)?השתנו|החשבון\\s+(?:\\S+\\s+){0,3}?(?:כבר\\s+)?לא\\s+פעיל|新しい口座' +
  // Hebrew לחשבון החדש (to the new account), Dutch "een nieuwe bankrekening".
  '|חשבון\\s+החדש|\\bnieuwe\\s+bankrekening\\b' +
  '|(?:账号|帐号|账户|賬號|賬戶)(?:已经|已經)?(?:不能用了|不能用|停用了|作废了)|\\bb?[th]esab\\s+el\\s+(?:adim|qadim)\\b' +
  // Round 23: "ke rekening perusahaan agen kami yang baru" (the new one), "os dados bancários mudaram", 之前发给您的账户有误 (the one sent before was wrong).
  '|\\brekening\\s+(?:\\S+\\s+){0,4}?yang\\s+baru\\b|\\bdados\\s+banc[áa]rios\\s+(?:\\S+\\s+){0,2}?(?:mudaram|foram\\s+(?:alterados|atualizados|mudados|trocados)|alterados|atualizados|trocados)\\b' +
  '|(?:之前|以前|刚才|上次)[^，。！？,.!?]{0,6}?(?:账户|账号|帐号|收款信息|银行信息)(?:有误|错了|不对|有错|错误)' +
  // Round 26: "bitte nicht an das im Akkreditiv genannte Konto zahlen, sondern an unseren Agenten" (not the account named, but another).
  '|\\bnicht\\s+(?:mehr\\s+)?(?:an|auf)\\s+das\\s+(?:\\S+\\s+){0,4}?konto\\b[^.!?]{0,40}?\\bsondern\\b' +
  // Round 36: Amharic "የባንክ ሂሳባችን ተዘግቷል" (our bank account is closed), "ወደ አዲሱ የንግድ ባንክ ሂሳብ" (to the new … account).
  '|ሂሳ\\S*\\s+(?:\\S+\\s+)?(?:ተዘግቷል|ታግዷል|ተቀይሯል|ተለውጧል)|አዲሱ\\s+(?:\\S+\\s+){0,3}?ሂሳብ' +
  // Round 40: Dutch "we werken niet meer met de rekening bij …", Greek "ο παλιός λογαριασμός μας … έχει παγώσει" (has been
  // frozen), Romanian "contul vechi nu mai este valabil", "noile date bancare", Czech "nový účet".
  '|\\bwerken\\s+niet\\s+meer\\s+met\\s+(?:de|onze|die|deze)\\s+rekening\\b|\\bnieuwe\\s+(?:rekening|bankgegevens|iban)\\b' +
  '|παλι[όο]ς\\s+λογαριασμ|λογαριασμ\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:έχει\\s+|εχει\\s+)?(?:παγώσει|παγωσει|κλείσει|κλεισει|μπλοκαριστεί|μπλοκαριστει)' +
  // Round 41: Hinglish and roman Urdu "Meezan account abhi band hai" (is closed now), "naye account me karo" (into the new
  // account), Sinhala "bank account එක වෙනස් වුණා" (has changed), "අලුත් ගිණුම" (the new account).
  '|\\baccount\\s+(?:\\S+\\s+){0,2}?(?:band\\s+hai|band\\s+he|band\\s+ho\\s+gaya|block\\s+hai|block\\s+ho\\s+gaya|freeze\\s+hai|freeze\\s+ho\\s+gaya|frozen\\s+hai)\\b|\\bnay[ae]\\s+account\\b(?!\\s+(?:manager|executive|holder|team|rep))' +
  '|\\baccount\\s+(?:\\S+\\s+)?වෙනස්\\s+(?:වුණා|වුනා|විය|කළා)|අලුත්\\s+ගිණුම' +
  '|\\bcontul\\s+vechi\\b|\\bnoile\\s+date\\s+bancare\\b|\\bcont\\s+nou\\b|\\bnov[ýy]\\s+[úu][čc]et|\\bstar[ýy]\\s+[úu][čc]et';

export const CHANGED_ACCOUNT_IN_MORE_LANGUAGES_ANCHORS: readonly string[] = [
  'ya no',
  'sondern',
  'ሂሳ',
  'zmian',
  'nowe konto',
  'nasze konto',
  'sbagliat',
  'λλαξαν',
  'λογαριασμ',
  'данс',
  'бұғатталды',
  'datos bancarios',
  'auditor',
  'akaun',
  'banco ',
  'conta ',
  'banco novo',
  'novo banco',
  'рахунок',
  'bankverbindung',
  'hesab',
  'yeni ',
  'cambiamos ',
  'nuevos datos',
  'cuenta ',
  'actualice sus',
  'passou para',
  'o use mais a conta',
  'banque b',
  'fiche fournisseur',
  'conto ',
  'nuova banca',
  'ngân',
  'ngan',
  'thay ',
  'сменил',
  'старые реквизиты',
  'λογαριασμ',
  'реквизиты',
  'старый сч',
  'заблокирован',
  'платежн',
  'stare ',
  'compte ',
  'nouveau compte',
  'de banque',
  "l'ancien compte",
  'cambiat',
  'vecchio ',
  'akaun lama',
  'บัญชีเก่า',
  'bago na',
  'hisob',
  'жаңа шот',
  'шот ауысты',
  'gdid',
  'gedid',
  'jdid',
  'jadid',
  'cobramos ',
  'factoring',
  'dados de pagamento',
  'اکاؤنٹ',
  'अकाउंट',
  'mudamos de banco',
  'nagbago na',
  'zmieni',
  'sa schimbat',
  'změnil',
  'zmenil',
  'megváltozott',
  'megvaltozott',
  'rek baru',
  'rek ',
  'tk ',
  'rek. baru',
  'diaudit',
  'dibekukan',
  'diblokir',
  'ditutup',
  'konto auf der rechnung',
  'bankszáml',
  'bankszaml',
  'számlára',
  'szamlara',
  'реквізити',
  'פרטי הבנק',
  'החשבון',
  'nieuwe bankrekening',
  'חשבון החדש',
  '新しい口座',
  '账号',
  '帐号',
  '账户',
  '賬號',
  '賬戶',
  'adim',
  'yang baru',
  'dados banc',
  '有误',
  'werken niet meer',
  'band hai',
  'band he',
  'band ho',
  'block hai',
  'block ho',
  'freeze hai',
  'freeze ho',
  'frozen hai',
  'වෙනස්',
  'naya account',
  'naye account',
  'අලුත්',
  'nieuwe ',
  'παλι',
  'contul vechi',
  'noile date',
  'cont nou',
  'nový',
  'novy',
  'starý',
  'stary',
  '错了',
  '不对',
  '有错',
  '错误',
];
