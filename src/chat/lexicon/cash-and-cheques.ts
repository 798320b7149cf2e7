import { CHEQUES_AND_DRAFTS } from './cheques-and-drafts';
import { AN_AMOUNT, cue, type Cue } from './cue';

/**
 * Cash by hand or over a transfer counter, cheques in the post and bank drafts: nothing to claim back. Part of
 * PAYMENT_SERVICES, at its end.
 */
export const CASH_AND_CHEQUES: readonly Cue[] = [
  cue(
    'cash',
    // "Pay the rest cash when you visit our factory", "cash is ok also when you come": paid by hand, with nothing to
    // claim back.
    '\\bpay\\s+(?:the\\s+)?(?:rest|balance|deposit|remaining|remainder|money|full\\s+amount)\\s+(?:in\\s+)?cash\\b|\\bcash\\s+(?:is\\s+(?:ok|okay|fine|accepted)\\s+)?(?:also\\s+)?(?:on\\s+(?:delivery|pick[\\s-]?up|collection)|when\\s+(?:you|i|we)\\s+(?:come|visit|arrive))\\b(?!\\s+only\\s+(?:inside|within|in)\\s+(?:china|mainland|the\\s+country)\\b)' +
      // "Pay his 600 usd daily fee cash now": an engineer's or an agent's fee, by hand.
      '|\\bpay(?<!\\b(?:we|i)\\s+(?:can\\s+|will\\s+)?pay)\\s+(?:his|her|their|the|your)\\s+(?:\\S+\\s+){0,3}?(?:fees?|charges?|costs?|salary|wages?)\\s+(?:in\\s+)?cash\\b' +
      // "We only accept cash in USD now", 我们现在只收美金现金.
      '|\\b(?:only\\s+accept|accept\\s+only)\\s+(?:\\S+\\s+)?cash\\b(?!\\s+flow)|只(?:收|接受)[^，。！？,.!?]{0,4}?现金(?![吗嘛?？])' +
      // "We accept cash pickup": money collected over a remittance counter, by whoever shows the code.
      '|\\bcash[\\s-]?pick[\\s-]?ups?\\b' +
      // "The CO costs 160 USD, pls prepare cash, our agent will collect at your warehouse"; "pls bring USD cash for 30%
      // deposit", "we give you 3% discount for cash", "pay deposit to our rep in Dubai in AED cash".
      '|\\bprepare\\s+(?:the\\s+)?cash\\b(?!\\s+flow)|\\bbring\\s+(?:\\S+\\s+){0,2}?cash\\s+(?:for|as)\\s+(?:the\\s+)?(?:\\d+\\s?%\\s+)?(?:deposit|payment|balance|down\\s?payment)\\b' +
      '|\\b\\d+(?:\\.\\d+)?\\s?%\\s+(?:discount|off)\\s+for\\s+(?:paying\\s+)?(?:in\\s+)?cash\\b|\\bpay\\s+(?:the\\s+)?(?:deposit|balance|rest|remaining|money)\\s+(?:\\S+\\s+){0,5}?in\\s+(?:[a-z]{3}\\s+)?cash\\b' +
      // "Payez une partie en espèces à notre agent", "envoyer le reste en espèces via notre partenaire"; Bengali "নগদে
      // পেমেন্ট" (pay in cash), "নগদ অগ্রিম" (a cash advance).
      '|নগদে?\\s*(?:পেমেন্ট|টাকা|দিন|দিতে|পাঠান|অগ্রিম)|\\b(?:pay|paie|r[èée]gl|envoy|vers)\\S*\\s+(?:\\S+\\s+){0,5}?en\\s+esp[èe]ces\\b' +
      // "Bayar tunai kepada wakil kami" (cash to our agent); "I have cash in USD, could your cousin pick it up".
      // Turkish "acentemize nakit olarak teslim edin" (hand it to our agent in cash); "pay AED cash at Al Noor
      // Exchange".
      '|\\bnakit\\s+olarak\\s+(?:teslim|[öo]de)|\\bpayment\\s+(?:must|should|has\\s+to|needs\\s+to)\\s+be\\s+(?:in\\s+)?cash\\b|\\bpay(?<!\\b(?:we|i)\\s+(?:can\\s+|will\\s+|could\\s+)?pay)\\s+(?:\\S+\\s+)?cash\\s+(?:at|in|to)\\s+(?:an?\\s+|the\\s+)?(?:\\S+\\s+){0,3}?(?:exchange|bureau|money\\s+changer)\\b' +
      // The buyer's offer, "Can I pay cash to your office next week?".
      '|\\bpay\\s+(?:in\\s+)?cash\\s+(?:to|at)\\s+your\\s+(?:office|factory|warehouse|showroom|company|staff|rep|agent)\\b' +
      '|\\bbayar\\s+tunai\\b|\\btunai\\s+kepada\\b|\\bcash\\b[^.!?]{0,80}?\\bpick\\s+(?:it|them)\\s+up\\b' +
      // "Cash to our agent in Lagos ok", "cash l agent bta3na" (Egyptian), "a nuestro agente en Bogotá en efectivo",
      // "el depósito puede ser en efectivo", "हमारे एजेंट को … कैश ले लेगा".
      '|\\bcash\\s+(?:to|via|through|with|l|li|lel)\\s+(?:(?:our|my|the)\\s+)?(?:\\S+\\s+)?(?:agent|representative|rep|cousin|brother|friend|staff|driver|office|transitaire)\\b' +
      // France's and West Africa's "mandat cash" at the post office, paid to a name.
      '|\\bmandat\\s+cash\\b' +
      // Uzbek "vakilimizga naqd bering" (give cash to our representative).
      // "pulni bugun naqd dollarda Toshkentdagi vakilimizga bering" (today, cash in dollars to our man in Tashkent);
      // Azerbaijani "nağd olaraq ofisimizə gətirin" (bring it in cash to our office).
      "|\\bnaqd\\s+(?:\\S+\\s+){0,3}?(?:bering|berasiz|beri[bn]g?|to'lang|tolang|qiling)\\b|\\bna[ğg]d\\s+olaraq\\b" +
      // Turkish "kuzenime elden verebilirsin" (hand it to my cousin), Dutch "contant aan onze partner", German "bar an
      // unseren Fahrer" (cash to our driver).
      '|\\b(?:kuzen|karde[şs]|e[şs]|arkada[şs]|ortak)(?:ime|[ıi]ma|[üu]me|imize|[ıi]m[ıi]za)\\s+(?:\\S+\\s+){0,2}?elden\\b|\\bcontant\\s+(?:\\S+\\s+)?aan\\s+(?:onze|mijn|ons)\\s+(?:partner|agent|vertegenwoordiger|chauffeur|collega|broer)\\b' +
      // French "mon cousin va récupérer le cash", "on peut faire en cash", "l'agent de transfert", "la maison de
      // transfert"; Sinhala in Latin letters "cash walin denna" (give in cash); Russian "через обменник" (through an
      // exchanger).
      "|\\br[ée]cup[ée]r\\w*\\s+(?:le\\s+|l')?cash\\b|\\b(?:faire|payer|r[ée]gler|paie|payez)\\s+en\\s+cash\\b|\\b(?:agent|maison|bureau)\\s+de\\s+transfert\\b|\\bcash\\s+walin\\b|через\\s+обменник" +
      '|\\bbar\\s+an\\s+(?:unseren|unsere|meinen|meine)\\s+(?:fahrer|vertreter|agenten|mitarbeiter|partner|kollegen|kurier|bruder)\\b' +
      // "We have agent in Lagos, you can give him cash in naira", "my friend is a trader in your city … give him the
      // cash", "our agent Ali collects … pay him cash in USD at Jebel Ali".
      '|\\b(?:give|pay)\\s+(?:him|her|them|our\\s+(?:agent|rep|representative|driver|staff))\\s+(?:the\\s+)?cash\\b(?<=\\b(?:agent|representative|rep|driver|staff|friend|trader|cousin|brother)\\b[^!?\\n]{0,160}?cash)' +
      // "When I bring the goods to your shop you pay me cash" (an agent's or a driver's hand, not the order).
      '|\\byou\\s+(?:can\\s+|will\\s+)?pay\\s+me\\s+(?:in\\s+)?cash\\b' +
      // "We can also receive through your friend in China, he pay us RMB cash".
      '|\\b(?:he|she|they)\\s+(?:can\\s+|will\\s+)?pays?\\s+us\\s+(?:in\\s+)?(?:rmb\\s+|usd\\s+|the\\s+)?cash\\b(?<=\\b(?:friend|agent|cousin|brother|relative|partner)\\b[^!?\\n]{0,80}?cash)' +
      // "You can give the deposit cash to me in office", "we can do cash too, our representative … will collect from
      // you".
      '|\\bgive\\s+(?:the\\s+)?(?:deposit|balance|payment|money|rest)\\s+(?:in\\s+)?cash\\s+to\\s+(?:me|us|him|her|our)\\b|\\b(?:we|i)\\s+can\\s+(?:also\\s+)?(?:do|take|accept|receive)\\s+cash\\b(?!\\s+flow)' +
      '|\\b(?:representative|rep|agent|driver|staff|colleague)\\s+(?:\\S+\\s+){0,3}?will\\s+collect\\s+(?:it\\s+|the\\s+(?:money|cash|payment)\\s+)?from\\s+you\\b' +
      '|\\bagente\\s+(?:\\S+\\s+){0,4}?en\\s+efectivo\\b|\\b(?:dep[óo]sito|anticipo|saldo)\\s+(?:\\S+\\s+){0,3}?en\\s+efectivo\\b|\\ben\\s+efectivo\\s+(?:a|al|con)\\s+(?:(?:nuestro|mi|el)\\s+)?(?:agente|representante|despachante|transportista|chofer)\\b|\\b(?:pag|abon)\\S*\\s+(?:\\S+\\s+){0,4}?en\\s+efectivo\\b' +
      // "Pode pagar o saldo em dinheiro para nosso representante".
      '|\\bpag\\S*\\s+(?:\\S+\\s+){0,4}?em\\s+dinheiro\\b|\\bdinheiro\\s+(?:para|ao|a)\\s+(?:o\\s+)?(?:nosso|meu)\\s+(?:agente|representante|motorista)\\b' +
      '|एजेंट[^।.!?]{0,60}?(?:कैश|नकद)' +
      // Hinglish "payment unko cash me de dena" (give it to him in cash). "wahan cash mein payment karo", "agent ko
      // cash de do"; Vietnamese "đưa tiền mặt qua người quen của em" (cash through my acquaintance).
      '|\\bcash\\s+(?:me|mein|mai)\\s+(?:de\\s+(?:do|dena|dijiye)|dena|dijiye|bhej|payment\\s+kar\\w*)\\b|\\bko\\s+cash\\s+de\\s+(?:do|dena|dijiye)\\b' +
      '|(?<![\\p{L}])(?:đưa|dua|gửi|gui|trả|tra)\\s+ti[ềe]n\\s+m[ặa]t\\s+(?:qua|cho)(?![\\p{L}])' +
      // Egyptian Arabic "ادفع كاش لمندوبنا" (pay cash to our courier), Gulf "الدفع يكون كاش عند مندوبنا" (cash at our
      // agent's).
      '|(?:ادفع|دفع|ادفعوا)\\s+(?:ال)?كاش|كاش\\s+ل(?:ل)?مندوب|كاش\\s+(?:\\S+\\s+){0,3}?(?:عند|مع)\\s+(?:ال)?(?:مندوب|وكيل)' +
      // "Pay him in pesos at OXXO", "pague en Efecty", "por depósito OXXO": cash paid over a shop's or agency's
      // counter, to a name.
      '|\\b(?:at|in|en|via|por|by|through)\\s+(?:an?\\s+|un\\s+)?(?:oxxo|efecty|baloto)\\b|\\boxxo\\s+pay\\b|\\bdep[óo]sito\\s+(?:en\\s+)?(?:oxxo|efecty|baloto)\\b' +
      // "Customers usually pay thru exchange office in Erbil": a money changer's counter, paid to a name. Morocco's
      // CashPlus and Wafacash counters ("l'acompte b CashPlus lyoum"); "pay the clearing agent ₦1.2m cash today",
      // "bring cash to Yiwu market … my cousin receive it", "you can give me cash lei"; Russian "отдадите наличные
      // нашему менеджеру", Mongolian бэлэн мөнгө and бэлнээр, Georgian ნაღდი ფული (cash).
      '|\\bbring\\s+(?:the\\s+)?cash\\s+to\\b|\\bgive\\s+(?:me|us)\\s+(?:the\\s+)?cash\\b(?!\\s+(?:price|discount))|наличн\\S*\\s+(?:\\S+\\s+){0,2}?(?:нашему|моему)\\s+(?:менеджеру|агенту|человеку|представителю)|бэлэн\\s+мөнгө|бэлнээр|ნაღდი\\s+ფულ' +
      '|\\b(?:b|by|via|par|avec|f)\\s+(?:cash\\s?plus|wafacash)\\b|\\bpay\\s+(?:the\\s+|our\\s+)?(?:clearing\\s+)?agent\\s+(?:\\S+\\s+){0,2}?cash\\b' +
      '|\\bpay\\w*\\s+(?:\\S+\\s+){0,2}?(?:thru|through|via|at|by|in)\\s+(?:an?\\s+|the\\s+)?(?:exchange\\s+office|exchange\\s+house|exchange\\s+shop|money\\s+changer|money\\s+exchanger)\\b',
    {
      anchors: [
        'cash',
        'наличн',
        'бэлэн',
        'бэлнээр',
        'ნაღდი',
        'will collect',
        'exchange office',
        'exchange house',
        'exchange shop',
        'money changer',
        'money exchanger',
        'tiền',
        'tien',
        '现金',
        'espèces',
        'especes',
        'নগদ',
        'tunai',
        'nakit',
        'naqd',
        'nağd',
        'nagd',
        'de transfert',
        'mandat cash',
        'обменник',
        'elden',
        'contant',
        'bar an',
        'efectivo',
        'dinheiro',
        'एजेंट',
        'كاش',
        'oxxo',
        'efecty',
        'baloto',
      ],
    },
  ),
  cue(
    'cash',
    // Only "cash" itself is taken out before looking for talk of paying, so "cash payment", "pay cash" still talk of
    // it. Tagalog "cash lang" (cash only). "We can accept cash in Dubai". Not "pay cash in advance" (prepay). Not the
    // writer's own paying: "we pay the customs fee in cash at the port ourselves".
    '\\b(?:in|by|with)\\s+cash\\b(?<!\\b(?:we|i)\\s+(?:\\S+\\s+)?pay\\s+(?:\\S+\\s+){0,4}?(?:in|by|with)\\s+cash)|\\bcash\\s+(?:is\\s+)?(?:also\\s+)?(?:ok|okay|fine|accepted)\\b|\\bcash\\b(?=\\s+(?:payments?|only|lang)\\b)|\\bcash\\b(?<=\\bpay\\s+cash)(?!\\s+in\\s+advance\\b)|\\b(?:cheque|check|t/t)\\s+or\\s+cash\\b|\\bcash\\b(?<=\\b(?:we|i)\\s+(?:can\\s+|also\\s+|only\\s+)?(?:accept|take|receive)\\s+cash)(?!\\s+(?:flow|from|registers?|drawers?|box(?:es)?)\\b)|现金' +
      // Russian наличными, Ukrainian готівкою, Arabic نقداً, Italian "in contanti", Lithuanian "grynais", Latvian
      // "skaidrā naudā", Estonian "sularahas", Hungarian "készpénzben", Bulgarian "в брой", Armenian կանխիկ: "in cash".
      '|наличными|наличкой|готівкою|(?<![\\p{L}])نقد(?:ا|اً|ًا)(?![\\p{L}])|\\bin\\s+contanti\\b|\\bgrynais\\b|\\bskaidr[āa]\\s+naud[āa](?![\\p{L}])|\\bsularahas\\b' +
      '|\\b(?:készpénzben|keszpenzben)\\b|(?<![\\p{L}])в\\s+бро[йи](?![\\p{L}])|կանխիկ|\\bkanxik\\b',
    {
      needsPaymentTalk: true,
      anchors: [
        'cash',
        '现金',
        'наличн',
        'наличк',
        'готівк',
        'نقد',
        'in contanti',
        'grynais',
        'skaidrā',
        'skaidra',
        'sularahas',
        'készpénzben',
        'keszpenzben',
        'в брой',
        'в брои',
        'կանխիկ',
        'kanxik',
      ],
    },
  ),
  cue(
    'cash',
    // "Clearing officer wants 2,100 USD cash before 5pm" (not a cash discount); Russian "наличными отдать нашему
    // человеку" (hand it in cash to our man).
    `${AN_AMOUNT}\\s+(?:in\\s+)?cash\\b(?!\\s+(?:discount|back|flow|price|rebate|deposit\\s+at))` +
      // "You give cash dirham to him and we release the machine"; Arabizi "fik tedfa3lo cash" (you can pay him cash).
      '|\\bgive\\s+(?:the\\s+)?cash\\s+(?:\\S+\\s+)?to\\s+(?:him|her|them|our|my)\\b|\\b(?:ed|ted|td|bed|ned)fa[3e](?:lo|lu|li|la|lha|lhom)?\\s+cash\\b' +
      '|наличн[\\p{L}]*\\s+(?:\\S+\\s+){0,2}?(?:нашему|моему)\\s+(?:человеку|агенту|представителю|водителю|курьеру|экспедитору)',
    { anchors: ['cash', 'наличн'] },
  ),
  cue(
    'cash',
    // "Please deposit cash at any Bank of China ATM to the card I give": cash into a stranger's card, with nothing to
    // claim back.
    '\\bdeposit\\s+(?:the\\s+)?(?:cash|money)\\s+(?:at|in|into|through|via)\\s+(?:\\S+\\s+){0,5}?atm\\b|\\bcash\\s+deposit\\s+(?:at|in|via|through)\\s+(?:\\S+\\s+){0,5}?atm\\b' +
      '|\\b(?:deposit|transfer|send|pay)\\w*\\s+(?:\\S+\\s+){0,6}?(?:to|into)\\s+the\\s+(?:bank\\s+)?card\\s+i\\s+(?:will\\s+)?(?:give|send|share|provide)\\b' +
      '|\\b(?:deposit|transfer|send|pay)\\w*\\s+(?:\\S+\\s+){0,6}?(?:to|into)\\s+the\\s+(?:bank\\s+)?card\\s+we\\s+(?:will\\s+)?(?:give|send|share|provide)\\b',
    { anchors: ['atm', 'card i', 'card we'] },
  ),
  ...CHEQUES_AND_DRAFTS,
  cue(
    'a money transfer service',
    // Unistream (Юнистрим), a Russian cash-transfer network: "оплату можно сделать через Юнистрим на имя нашего
    // менеджера"; Haiti's Sogexpress, Unitransfer and CAM Transfer counters: "you can pay our agent through
    // Sogexpress"; Cameroon's Express Union: "deposit at Express Union to the name of our transitaire".
    'юнистрим|\\bunistream\\b|\\bsogexpress\\b|\\bunitransfer\\b|\\bcam\\s+transfer\\b|\\bexpress\\s+union\\b',
    {
      needsPaymentTalk: true,
      anchors: ['юнистрим', 'unistream', 'sogexpress', 'unitransfer', 'cam transfer', 'express union'],
    },
  ),
];
