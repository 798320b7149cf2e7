import type { ThreadLanguagePack } from './thread-language-packs';
import { AN_AMOUNT_ALONE } from './thread-words-swedish';

// The threads' replies in Czech and Hungarian (thread-language-packs.ts), as probe 85's chats wrote them; Swedish is in
// thread-words-swedish.ts. Both are often typed without their accents ("poslano", "elkuldtem"):
// each word is read both ways. Hungarian joins its endings to the word ("számlára", "Telegramon").

/** What else is sent in an order's talk, in Czech: the catalogue, photos, the PI, an e-mail. */
const CZECH_THINGS =
  '(?:katalog|fotk|foto|obr[áa]z|v[ýy]kres|logo|soubor|objedn|vzor|mail|e-?mail|zpr[áa]v|adres|pi|faktur|nab[íi]dk|specifikac|design|popt)';
/** The same in Hungarian. */
const HUNGARIAN_THINGS =
  '(?:katal[óo]gus|fot[óo]|k[ée]p|log[óo]|rajz|f[áa]jl|rendel[ée]s|mint[áa]|e-?mail|[üu]zenet|c[íi]m|pi|aj[áa]nlat|terv)';

export const CZECH_HUNGARIAN_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // Czech "Posláno z Fio, tady je potvrzení", "Odesláno z pobočky …", "v příloze potvrzení o platbě", "pošlu to tam";
      // not "zboží bylo odesláno" (the goods were shipped) nor "poslal jsem vám katalog" (the catalogue).
      '(?<!(?:zboží|zbozi|bylo|byl|byla|je|vzorek|vzorky)\\s)(?:posláno|poslano|odesláno|odeslano|zaplaceno|uhrazeno|převedeno|prevedeno)' +
        `|(?:poslal|poslala|poslali|odeslal|odeslala|zaplatil|zaplatila|zaplatili|převedl|prevedl|převedla|prevedla|uhradil|uhradila)\\s+(?:jsem|jsme)(?!\\s+(?:v[áa]m\\s+|ti\\s+)?(?:i\\s+)?${CZECH_THINGS})` +
        `|(?:jsem|jsme)\\s+(?:to\\s+)?(?:poslal|poslala|poslali|zaplatil|zaplatila|zaplatili|převedl|prevedl|uhradil|uhradila|odeslal|odeslala)(?!\\s+(?:v[áa]m\\s+|ti\\s+)?(?:i\\s+)?${CZECH_THINGS})` +
        '|(?:posílám|posilam|přikládám|prikladam|tady\\s+je|zde\\s+je|v\\s+příloze|v\\s+priloze)\\s+(?:\\S+\\s+)?(?:potvrzení|potvrzeni|doklad|výpis|vypis|screenshot|snímek|snimek|účtenk|uctenk)\\p{L}*' +
        '|(?:pošlu|poslu|zaplatím|zaplatim|převedu|prevedu)\\s+(?:to\\s+)?(?:tam|dnes|hned|zítra|zitra|teď|ted)|(?:dnes|hned|zítra|zitra|teď|ted)\\s+(?:to\\s+)?(?:pošlu|poslu|zaplatím|zaplatim|převedu|prevedu)',
      // Hungarian "Elutaltam az OTP-ből, csatolom a bizonylatot", "Elutalva", "Elküldtem, itt a screenshot"; not
      // "elküldtem a katalógust" (the catalogue).
      '(?:el)?utaltam|átutaltam|atutaltam|elutalva|befizettem|kifizettem|kifizetve|elküldve|elkuldve' +
        `|(?:el)?(?:küldtem|kuldtem)(?!\\s+(?:\\S+\\s+)?${HUNGARIAN_THINGS})` +
        '|(?:itt|csatolom|küldöm|kuldom|mellékelem|mellekelem)\\s+(?:a|az)\\s+(?:bizonylat|igazolás|igazolas|screenshot|képernyőkép|kepernyokep|nyugt|átutalási|atutalasi)\\p{L}*' +
        '|(?:ma|holnap|most)\\s+(?:utalok|fizetek)|(?:utalok|fizetek)\\s+(?:ma|holnap|most)',
    ],
  },
  asksWhere: {
    words: [
      // Czech "Kolik přesně mám poslat?", "Dobře, jaký účet?", "Ta SWIFT je správně?".
      'kolik\\s+(?:přesně\\s+|presne\\s+)?(?:mám\\s+|mam\\s+)?(?:poslat|zaplatit|převést|prevest|uhradit|posílat|posilat)|(?:na\\s+)?(?:jaký|jaky|který|ktery)\\s+(?:účet|ucet)' +
        '|(?:číslo|cislo)\\s+(?:účtu|uctu)|na\\s+(?:jaké|jake|čí|ci)\\s+(?:jméno|jmeno)|kam\\s+(?:mám\\s+|mam\\s+)?(?:poslat|zaplatit|platit|převést|prevest)|(?:swift|iban)\\s+(?:je\\s+)?(?:správn|spravn)\\p{L}*',
      // Hungarian "Mennyi az előleg pontosan?", "melyik számla?", "Akkor a DBS számlára utalok?".
      'mennyi\\s+(?:az?\\s+)?(?:előleg|eloleg|maradék|maradek|összeg|osszeg|foglaló|foglalo|pontosan)|mennyit\\s+(?:\\S+\\s+)?(?:utaljak|küldjek|kuldjek|fizessek)' +
        '|melyik\\s+(?:számla|szamla|bank|névre|nevre)\\p{L}*|(?:kinek\\s+a|milyen)\\s+(?:nevére|nevere|névre|nevre)|hova\\s+(?:utaljak|küldjem|kuldjem|fizessek|küldjek|kuldjek)' +
        '|(?:számlára|szamlara)\\s+utalok',
    ],
    phrases: [AN_AMOUNT_ALONE],
  },
  pointsAt: {
    words: [
      // Czech "Pošlete na ten účet co jsem poslal", "pak mi pošlete referenční číslo", "ref. číslo 7310 4482", "Ano, správně."
      // (the whole reply, to the buyer's question about the details).
      'na\\s+(?:ten|tento|tenhle)\\s+(?:účet|ucet)|(?:stejný|stejny|ten\\s+samý|ten\\s+samy)\\s+(?:účet|ucet)|(?:stejně|stejne)\\s+jako\\s+(?:minule|předtím|predtim)' +
        '|(?:pošlete|poslete|zašlete|zaslete)\\s+(?:mi\\s+|nám\\s+|nam\\s+)?(?:\\S+\\s+)?(?:referenční|referencni|potvrzení|potvrzeni|doklad|výpis|vypis|screenshot|mtcn)|ref(?:erenční|erencni)?\\.?\\s+(?:číslo|cislo)' +
        '|^\\W*(?:ano|jo|jasně|jasne)\\W+(?:správně|spravne|přesně|presne|ten|tenhle|tento|na\\s+ten)(?:\\s+tak)?\\W*$',
      // Hungarian "Ugyanaz a cég, nyugodtan utaljon arra", "Igen, arra." (the whole reply), "küldje el az MTCN számot".
      '(?:arra|erre|ugyanarra)\\s+(?:a\\s+)?(?:számlára|szamlara)|(?:utaljon|utalj|fizessen)\\s+(?:arra|erre|oda)|^\\W*(?:igen\\W+)?(?:arra|erre|oda|ugyanarra|ugyanoda)\\W*$' +
        '|ugyanaz\\s+a\\s+(?:számla|szamla)|(?:küldje|kuldje|küldd|kuldd)\\s+(?:el\\s+)?(?:a|az)\\s+(?:mtcn|bizonylat|igazolás|igazolas|hash|referenci|screenshot)\\p{L}*',
    ],
  },
  toPay: {
    words: [
      'záloh\\p{L}*|zaloh\\p{L}*|doplat\\p{L}*|platb\\p{L}*|částk\\p{L}*|castk\\p{L}*|příjemce|prijemce|zaplatit|poslat|pošlete|poslete',
      'előleg\\p{L}*|eloleg\\p{L}*|maradék\\p{L}*|maradek\\p{L}*|összeg\\p{L}*|osszeg\\p{L}*|fizet\\p{L}*|utal\\p{L}*|küldjek|kuldjek|kedvezményezett\\p{L}*|kedvezmenyezett\\p{L}*',
    ],
  },
  backToTheOrder: {
    words: [
      // Czech "Já platím jen přes Alibabu", "zaplatím kartou v objednávce", "nezaplatím".
      '(?:jen|pouze|jenom)\\s+(?:přes\\s+|pres\\s+|v\\s+|na\\s+)?(?:alibab\\p{L}*|trade\\s+assurance|objednávk\\p{L}*|objednavk\\p{L}*)' +
        '|(?:zaplatím|zaplatim|platím|platim|zaplatíme|zaplatime)\\s+(?:\\S+\\s+)?(?:v|přes|pres|na)\\s+(?:objednávce|objednavce|objednávku|objednavku|alibab\\p{L}*|trade\\s+assurance)' +
        '|nezaplatím|nezaplatim|nebudu\\s+(?:platit|posílat|posilat)|nepošlu|neposlu',
      // Hungarian "csak a Trade Assurance-on", "akkor a rendelésen fizetem", "nem utalok".
      '(?:csak|kizárólag|kizarolag)\\s+(?:a\\s+|az\\s+)?(?:alibab\\p{L}*|trade\\s+assurance\\p{L}*|rendelés\\p{L}*|rendeles\\p{L}*)|(?:rendelésen|rendelesen)\\s+(?:fizet\\p{L}*|utal\\p{L}*)' +
        '|(?:fizetek|fizetem|fizetjük|fizetjuk)\\s+(?:\\S+\\s+)?(?:rendelésen|rendelesen)|nem\\s+(?:fizetek|utalok|küldök|kuldok|küldöm|kuldom)',
    ],
  },
  vouches: {
    words: [
      // Czech "Je to naše rodina, žádný problém", "Továrna je naše sesterská firma, stejný majitel. Jen na tento měsíc."
      '(?:je\\s+to\\s+)?(?:naše|nase)\\s+rodina|(?:stejný|stejny|tentýž|tentyz)\\s+majitel|(?:sesterská|sesterska)\\s+firma|(?:žádný|zadny)\\s+(?:problém|problem)' +
        '|je\\s+to\\s+(?:úplně\\s+|uplne\\s+|naprosto\\s+)?(?:bezpečné|bezpecne)(?!\\s*\\?)|(?:všichni|vsichni)\\s+(?:naši\\s+|nasi\\s+)?(?:zákazníci|zakaznici)\\s+(?:tak\\s+)?(?:platí|plati)' +
        '|jen\\s+(?:na\\s+)?(?:tento|tenhle)\\s+(?:měsíc|mesic|týden|tyden)|jen\\s+(?:tentokrát|tentokrat)',
      // Hungarian "Ugyanaz a cég", "Csak a könyvvizsgálat miatt, jövő hónaptól a régi számla újra működik".
      'ugyanaz\\s+a\\s+(?:cég|ceg|tulajdonos)|nyugodtan\\s+(?:utaljon|fizessen|küldje|kuldje|utalj|fizess)|(?<!nem\\s)(?:teljesen\\s+)?(?:biztonságos|biztonsagos)(?!\\s*\\?)' +
        '|csak\\s+a\\s+(?:könyvvizsgálat|konyvvizsgalat|ellenőrzés|ellenorzes|audit)\\s+miatt|(?:régi|regi)\\s+(?:számla|szamla)\\s+(?:\\S+\\s+)?(?:újra|ujra|ismét|ismet)\\s+(?:működik|mukodik)' +
        '|minden\\s+(?:\\S+\\s+)?(?:vevőnk|vevonk|ügyfelünk|ugyfelunk)\\s+(?:így|igy)\\s+fizet\\p{L}*',
    ],
  },
  doubts: {
    words: [
      'proč|proc|bezpečn\\p{L}*|bezpecn\\p{L}*|divn\\p{L}*|podvod\\p{L}*|opravdu|jist\\p{L}*',
      'miért|miert|biztos\\p{L}*|furcsa|csaló\\p{L}*|csalo\\p{L}*|csalás\\p{L}*|csalas\\p{L}*|tényleg|tenyleg|valódi|valodi',
    ],
  },
  namesTheOrder: {
    // Czech "Zaplaceno přes objednávku", "tlačítkem Pay", "přes Alibabu" (not "mimo Alibabu", outside it); Hungarian "a
    // rendelésen", "a Pay gombbal", "az Alibabán". Not Alibaba's name alone: "ez az Alibaba fizetési oldala" vouches for a link.
    words: [
      '(?<!(?:mimo|bez)\\s)(?:alibabu|alibaby|alibabě|alibabe|alibabou|objedn[áa]v\\p{L}*|tlačítk\\p{L}*|tlacitk\\p{L}*)',
      'rendelés\\p{L}*|rendeles\\p{L}*|pay\\s+gomb\\p{L}*|alibabán|alibaban',
    ],
  },
  moved: {
    words: [
      // Czech "Přidal jsem vás na WeChatu", "Vidím vás, pište tam", "Poslal jsem vám i mail na ten 163".
      '(?:přidal|pridal|přidala|pridala|přidali|pridali)\\s+(?:jsem|jsme)\\s+(?:si\\s+)?(?:vás|vas|tě|te)|(?:jsem|jsme)\\s+(?:si\\s+)?(?:vás|vas|tě|te)\\s+(?:přidal|pridal)\\p{L}*' +
        '|(?:vidím|vidim)\\s+(?:vás|vas|tě|te)|(?:pište|piste|pišme|pisme|ozvu\\s+se|pokračujeme|pokracujeme)\\s+tam|tam\\s+(?:pošlu|poslu|posílám|posilam|napíšu|napisu)' +
        '|(?:napsal|napsala|poslal|poslala)\\s+(?:jsem|jsme)\\s+(?:vám|vam|ti)(?:\\s+i)?\\s+(?:\\S+\\s+)?(?:mail|e-?mail|zprávu|zpravu|tam)|(?:mail|e-?mail)\\s+na\\s+(?:ten|váš|vas|tvůj|tvuj)' +
        '|(?:nemůžu|nemuzu|nemohu)\\s+(?:vás|vas|tě|te)\\s+(?:najít|najit)',
      // Hungarian "Bejelöltelek Telegramon", "Látlak, ott küldöm az árlistát", "Írtam Telegramon".
      'bejelöltelek|bejeloltelek|bejelöltem|bejeloltem|hozzáadtalak|hozzaadtalak|hozzáadtam|hozzaadtam|látlak|latlak|(?:írtam|irtam|írtunk|irtunk)(?:\\s+(?:neked|önnek|onnek|nektek))?' +
        '|ott\\s+(?:küldöm|kuldom|írok|irok|beszélünk|beszelunk|folytatjuk|válaszolok|valaszolok)|(?:írj|irj|írjon|irjon)\\s+ott|nem\\s+(?:talállak|talallak|találom|talalom)' +
        '|(?:e-?mailt|levelet)\\s+(?:küldtem|kuldtem|írtam|irtam)|(?:küldtem|kuldtem)\\s+(?:egy\\s+)?(?:e-?mailt|levelet|üzenetet|uzenetet)',
    ],
  },
  backToTheChat: {
    words: [
      '(?:zůstaňme|zustanme|pišme|pisme|pište|piste|bavme\\s+se|pokračujme|pokracujme|komunikujme)\\s+(?:si\\s+)?(?:tady|zde|na\\s+alibab\\p{L}*)|(?:nemám|nemam)\\s+(?:whatsapp|wechat|telegram|viber)',
      '(?:maradjunk|beszéljünk|beszeljunk|folytassuk|írj|irj|írjon|irjon)\\s+(?:itt|az\\s+alibabán|az\\s+alibaban)|nincs\\s+(?:whatsapp|wechat|telegram|viber)\\p{L}*',
    ],
  },
  namesTheChat: { words: ['tady|zde|sem', 'itt|ide'] },
  pageTakes: {
    words: [
      // Czech "Přihlaste se e-mailem a heslem, pak přijde SMS kód, ten tam zadejte", "Přihlásil jsem se, kód je 306 914".
      'přihlás\\p{L}*|přihlas\\p{L}*|prihlas\\p{L}*|hesl\\p{L}*|kód\\p{L}*|kod|kodem|kartu|kartou|karty|zadal\\p{L}*|zadejte|vyplnil\\p{L}*' +
        '|(?:ověřovací|overovaci|platební|platebni)\\s+(?:stránk|strank)\\p{L}*',
      // Hungarian "ez az Alibaba fizetési oldala, csak rövidítve" (Alibaba's payment page, only shortened), "Megadtam a kártyát".
      'fizetési\\s+oldal\\p{L}*|fizetesi\\s+oldal\\p{L}*|bejelentkez\\p{L}*|belépt\\p{L}*|belept\\p{L}*|jelszó\\p{L}*|jelszo\\p{L}*|jelszav\\p{L}*|kártya\\p{L}*|kartya\\p{L}*|kódot|kodot|megadtam|beírtam|beirtam',
    ],
  },
  refusesThePage: {
    words: [
      'nezadám|nezadam|nezadávejte|nezadavejte|neklikejte|neklikám|neklikam|nikdy|nedám|nedam',
      'nem\\s+(?:adom|írom|irom|adok|adjuk|kattint\\p{L}*)|soha|ne\\s+(?:kattints\\p{L}*|adja\\s+meg)',
    ],
  },
  asksWhy: { words: ['proč|proc', 'miért|miert'] },
};
