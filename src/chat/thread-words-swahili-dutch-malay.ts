import type { ThreadLanguagePack } from './thread-language-packs';

// The threads' replies in Swahili, Dutch (and Flemish) and Malay (thread-language-packs.ts). Malay shares much with
// Indonesian (thread-words-german-to-japanese.ts): only where it differs ("dah bayar", "akaun", "hantar", RM, TAC).

export const SWAHILI_DUTCH_MALAY_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // "nimetuma, code ya M-Pesa ni …", "nimeshalipa", "nitatuma kesho asubuhi"; not "nimetuma picha" (sent photos).
      'nime(?:sha)?(?:tuma|lipa|lipia)(?!\\s+(?:picha|sampuli|sample|anwani|address|ujumbe|message|video|logo|design|oda|order))|tume(?:sha)?lipa|(?:nitatuma|nitalipa|tutatuma|tutalipa)\\s+(?:pesa\\s+|hela\\s+|deposit\\s+|balance\\s+|salio\\s+)?(?:kesho|leo|sasa|jioni|asubuhi|baadaye|jumatatu)|code\\s+ya\\s+m-?pesa',
      // "Overgemaakt, €18.450", "betaald naar de rekening uit de mail", "betaalbewijs in de bijlage", "ik maak het morgen
      // over"; the supplier's "graag binnen 3 dagen betalen".
      'overgemaakt|overgeboekt|gestort|betaald|betaalbewijs|(?:ik\\s+)?(?:maak|boek|stort)\\s+(?:het\\s+(?:bedrag\\s+|geld\\s+)?)?(?:vandaag|morgen|nu|straks|maandag)(?:\\s+over)?|(?:vandaag|morgen|nu|direct|binnen\\s+\\d+\\s+(?:dagen|uur))\\s+(?:nog\\s+|niet\\s+)?(?:betalen|betaalt)',
      // "Dah bayar, resit saya lampirkan", "dah transfer RM1,800", "dah hantar USD 555"; "bayar hari ni".
      '(?:dah|sudah|baru)\\s+(?:saya\\s+)?(?:bayar|transfer|tf|bank\\s*-?in|hantar\\s+(?:duit|wang|bayaran|deposit|usd|rm|myr))|resit\\s+(?:saya\\s+|bayaran\\s+)?(?:lampirkan|dilampirkan|attach\\p{L}*|sertakan)|(?:bayar|transfer|bank\\s*-?in)\\s+(?:hari\\s+ni|esok|sekarang|malam\\s+ni|petang\\s+ni)|(?:isi|masukkan)\\s+(?:nombor|maklumat|butiran)\\s+kad',
    ],
  },
  asksWhere: {
    words: [
      // "Nitume kiasi gani kwa M-Pesa?", "shilingi ngapi?", "nitumie address ya wallet", "niambie account number".
      '(?:nitume|nilipe|nitatuma|nitalipa)\\s+(?:\\S+\\s+){0,2}?(?:kiasi\\s+gani|ngapi|wapi|kwa\\s+nani)|(?:shilingi|ksh|kes|tsh)\\s+ngapi|(?:akaunti|account)\\s+(?:ipi|gani)|(?:nitumie|niambie|nipe)\\s+(?:\\S+\\s+)?(?:namba\\s+ya\\s+(?:akaunti|account)|account\\s+number|akaunti|details|maelezo|address\\s+ya\\s+wallet|jina\\s+la)',
      // "welke rekening dan?", "wat zijn de Wise-gegevens?", "op welke naam?", "hoeveel moet ik overmaken?".
      'welke\\s+(?:rekening|bankrekening|iban|bank|rekeningnummer)|(?:naar|op)\\s+welk\\s+(?:rekeningnummer|nummer)|wat\\s+(?:zijn|is)\\s+(?:de|het|uw|je|jullie)\\s+(?:\\p{L}+-)?(?:gegevens|bankgegevens|rekeningnummer|iban)|(?:stuur|geef)\\s+(?:me|mij)\\s+(?:de|het|uw|je)\\s+(?:\\p{L}+-)?(?:gegevens|bankgegevens|rekeningnummer|iban)|op\\s+welke\\s+naam|hoeveel\\s+(?:moet\\s+ik\\s+)?(?:overmaken|storten)',
      // "Berapa dalam RM?", "Akaun Maybank apa?", "akaun baru tu nama apa?", "hantar details Wise".
      'berapa\\s+(?:dalam\\s+|dlm\\s+)?(?:rm|ringgit)|berapa\\s+(?:saya\\s+)?(?:kena|perlu|nak)\\s+(?:bayar|transfer|bank\\s*-?in)|akaun\\s+(?:\\S+\\s+){0,3}?(?:apa|mana)|(?:nombor|no)\\s+akaun|nama\\s+(?:akaun|penerima)|(?:hantar|bagi|share)\\s+(?:saya\\s+)?(?:details|butiran|maklumat)|(?:bayar|transfer|bank\\s*-?in)\\s+ke\\s+mana',
    ],
  },
  pointsAt: {
    words: [
      // "Kama hutalipa kwa akaunti hiyo", "ile ile ya mwanzo", "nitumie screenshot ya muamala".
      '(?:akaunti|account)\\s+(?:hiyo|hii|ile)|kama\\s+(?:mara\\s+ya\\s+mwisho|awali)|(?:tuma|nitumie)\\s+(?:screenshot|risiti|stakabadhi|muamala)',
      // "naar deze rekening in Hongkong", "dezelfde rekening als vorige keer", "stuur mij de sms-code".
      '(?:naar\\s+)?(?:deze|dezelfde)\\s+rekening|zoals\\s+(?:de\\s+)?vorige\\s+keer|(?:stuur|mail)\\s+(?:me|mij)\\s+(?:het\\s+|de\\s+)?(?:betaalbewijs|bewijs|screenshot|sms-?code)',
      // "akaun yang sama", "hantar resit", "bayar RM500 dulu"; the bank's one-time code asked for or given, as "send the
      // code": "bagi saya TAC tu", "TAC 118305".
      '(?:bagi|hantar|share)\\s+(?:saya\\s+)?(?:tac|kod\\s+tac|otp)|tac\\s*:?\\s*\\d{4,8}|akaun\\s+(?:yang\\s+)?sama|(?:hantar|bagi|share)\\s+(?:saya\\s+)?(?:resit|slip|screenshot|bukti)|(?:bayar|transfer|bank\\s*-?in)\\s+(?:\\S+\\s+){0,2}?(?:rm|myr)\\s?\\d',
    ],
  },
  toPay: {
    words: ['lipa|kulipa|malipo|salio|betaling|bedrag|aanbetaling|restant|overmaken|bayaran|baki|hantar'],
  },
  backToTheOrder: {
    words: [
      // "Nitalipa kwenye order tu", "hapana", "sitalipa nje ya Alibaba".
      '(?:nitalipa|tutalipa|nalipa|lipa)\\s+(?:\\S+\\s+){0,2}?(?:kupitia|kwa|kwenye|ndani\\s+ya)\\s+(?:trade\\s+assurance|alibaba|order|oda)|sitalipa|sitatuma|hapana',
      // "alleen via de Trade Assurance order", "geen sprake van", "ik betaal niet buiten Alibaba".
      'alleen\\s+(?:\\S+\\s+){0,2}?(?:via|op|met|in)\\s+(?:de\\s+|het\\s+)?(?:alibaba|trade\\s+assurance|bestelling|order|platform)|geen\\s+sprake\\s+van|(?:ik\\s+)?betaal\\s+niet\\s+(?:buiten|zo|op\\s+die\\s+manier)',
      // "saya bayar kat Alibaba order je la", "Trade Assurance sahaja", "tak nak bayar luar".
      '(?:bayar|byr)\\s+(?:\\S+\\s+){0,2}?(?:kat|di|dalam|melalui|guna|ikut)\\s+(?:alibaba|trade\\s+assurance)|(?:alibaba|trade\\s+assurance)\\s+(?:order\\s+)?(?:je|sahaja)|tak\\s+(?:nak|mahu|akan)\\s+(?:bayar|transfer)',
    ],
  },
  vouches: {
    words: [
      // "usijali", "wateja wengi Kenya wanatumia hii", "niamini".
      'usijali|wateja\\s+wengi\\s+(?:\\S+\\s+){0,2}?(?:wanatumia|wanalipa|hulipa)|niamini|tuamini',
      // "alle klanten betalen zo", "vertrouw mij", "geen zorgen".
      '(?:alle|veel)\\s+(?:onze\\s+)?klanten\\s+(?:\\S+\\s+){0,2}?(?:betalen|doen)\\s+(?:het\\s+)?(?:zo|op\\s+deze\\s+manier)|vertrouw\\s+(?:me|mij|ons)|geen\\s+zorgen',
      // "Sama je, boss yang urus kewangan", "ramai customer Malaysia buat macam ni", "jangan risau".
      'ramai\\s+(?:customer|pelanggan|client)\\s+(?:\\S+\\s+){0,2}?(?:buat|bayar|guna)\\s+(?:macam|cara)\\s+(?:ni|ini)|sama\\s+je|jangan\\s+(?:risau|bimbang)',
    ],
  },
  doubts: {
    words: [
      'kwa\\s+nini|kwanini|mbona|kweli|salama|halali|tapeli|utapeli|mtu\\s+binafsi',
      'waarom|hoezo|veilig|vreemd|raar|oplicht\\p{L}*|betrouwbaar|privérekening|priverekening|klopt\\s+(?:dit|dat|het)',
      'pelik|betul\\s+ke|biar\\s+betul|selamat\\s+ke|akaun\\s+(?:peribadi|persendirian)',
    ],
  },
  namesTheOrder: {
    words: [
      '(?:kwenye|ndani\\s+ya|kupitia)\\s+(?:order|oda)',
      '(?<!buiten\\s+(?:de\\s+|het\\s+)?)bestelling|(?:via|in|op)\\s+de\\s+order',
      '(?:dalam|kat|di)\\s+order',
    ],
  },
  moved: {
    words: [
      // "Nimekuongeza", "sawa nitakutumia message", "nimekupigia".
      'nimekuongeza|nimekuadd|(?:nimekutumia|nitakutumia)\\s+(?:message|ujumbe|msg|sms)|nimekupigia|nimekuandikia',
      // "ik heb je toegevoegd", "ik app je zo", "ik heb u gemaild".
      '(?:heb\\s+)?(?:je|u|jou)\\s+(?:toegevoegd|geappt|gemaild|gebeld)|toegevoegd|ik\\s+(?:app|mail|bel)\\s+(?:je|u)\\s+(?:daar|straks|zo|nu)',
      // "ok dah download dan add you", "dah add", "nanti saya whatsapp you".
      'dah\\s+(?:saya\\s+)?(?:download\\s+(?:dan|&)\\s+)?(?:add|tambah|whatsapp|wechat|mesej|wasap)|add\\s+(?:you|awak|anda)|(?:saya\\s+)?(?:whatsapp|wasap|mesej)\\s+(?:you|awak|anda)',
    ],
  },
  backToTheChat: {
    words: [
      'tuongee\\s+hapa|(?:tuendelee|tubaki)\\s+hapa|sina\\s+(?:whatsapp|telegram|wechat)',
      '(?:liever|gewoon)\\s+hier|(?:ik\\s+)?heb\\s+geen\\s+(?:whatsapp|wechat|telegram)',
      '(?:takde|tak\\s+ada|tiada)\\s+(?:whatsapp|wechat|telegram)|(?:sembang|chat|cakap)\\s+(?:kat\\s+)?sini',
    ],
  },
  namesTheChat: { words: ['hapa|hier|sini'] },
  pageTakes: {
    words: [
      'kadi|nenosiri|nimeweka|nimeingiza',
      'ingelogd|inloggen|creditcard|kaartgegevens|kaartnummer|wachtwoord|ingevuld|ingevoerd|pincode',
      // Malaysian banks' one-time code is the TAC: "Dia minta TAC", "TAC 118305".
      'tac|nombor\\s+kad|maklumat\\s+kad|kad\\s+(?:kredit|debit|bank)|kata\\s+laluan|log\\s+masuk|dah\\s+masuk|isi\\s+(?:nombor|maklumat|butiran)',
    ],
  },
  refusesThePage: {
    // "ni sawa kweli?" (is it really fine?) doubts the page: read as the buyer holding back.
    words: [
      'sitaweka|sitaingiza|(?:sawa|salama|halali)\\s+kweli',
      'niet|nooit|geblokkeerd',
      'tak|tidak|takkan|jangan',
    ],
  },
  asksWhy: {
    words: [
      'kwa\\s+nini|kwanini|mbona|(?:sawa|salama|halali)\\s+kweli',
      'waarom|hoezo',
      'apasal|buat\\s+apa',
    ],
  },
};
