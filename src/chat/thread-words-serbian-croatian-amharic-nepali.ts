import type { ThreadLanguagePack } from './thread-language-packs';
import { AMHARIC_NEPALI_PHRASES } from './thread-words-serbian-croatian-amharic-nepali-2';

// The threads' replies in Serbian and Croatian (Latin script), Amharic and Nepali (thread-language-packs.ts), as probe
// 85's chats wrote them: Serbian and Croatian here, in words; Amharic and Nepali in the second file, as phrases.
// Serbian and Croatian are often typed without their marks ("uplaceno", "posaljite", "sansa"): both spellings are read.

/** Serbian and Croatian letters with and without their marks: č, ć, š, ž. */
const C = '[čćc]';
const S = '[šs]';
const Z = '[žz]';

/** A number in Latin or Devanagari digits, its thousands set off by a comma, a point or a space: "3 096", "४,०७,३६०". */
const NUMBER = "[\\d०-९](?:[\\d०-९]|[.,'](?=[\\d०-९])|\\s(?=[\\d०-९]{3}(?![\\d०-९])))*";
/**
 * Nothing but an amount, maybe with the rate it is at, as the reply to "how much?": "3 096 USD", "12 700 EUR.", "ብር
 * 927,000 በዛሬው ምንዛሪ" (at today's rate), "रु. ४,०७,३६० (आजको रेटमा)". Kept out of pointsAt, which also reads the
 * replies after a move to another app, where prices are quoted.
 */
const AN_AMOUNT_ALONE =
  `^[\\s\\p{P}]*(?:(?:usd|eur|rsd|din\\.?|kn|etb|birr|ብር|npr|rs\\.?|रु\\.?|रू\\.?)\\s?${NUMBER}` +
  `|${NUMBER}\\s?(?:usd|eur|evra|eura|dinara|rsd|kuna|kn|etb|birr|ብር|ዶላር|npr|रुपैयाँ|डलर))(?:\\s+[^\\s.!?।።]+){0,2}[\\s\\p{P}]*$`;

/** What else is sent in an order's talk: "poslao sam vam katalog" (sent you the catalogue) is no money. */
const THINGS_SENT = `(?:katalog|slik|fotografij|crte${Z}|dizajn|logo|uzor|adres|poruk|mail|e-?mail|pi|predra${C}un|narud|porud|tlocrt|video)`;

export const SERBIAN_CROATIAN_AMHARIC_NEPALI_REPLIES: ThreadLanguagePack = {
  paid: {
    words: [
      // "Uplaćeno iz Raiffeisena, šaljem potvrdu" (paid from Raiffeisen, I send the confirmation), "Poslato 6 960 USD, evo
      // potvrde", "Platio sam g. Liuu", "uplatiću sutra"; not "poslala sam vam i mail" (a mail, not money), "katalog je
      // poslato", "poslato kurirom" (by courier).
      `(?<!${THINGS_SENT}\\p{L}*\\s+(?:je\\s+)?)(?:upla${C}eno|pla${C}eno|poslato|poslano|preba${C}eno)(?!\\s+(?:kurir|dhl|fedex|ups|brodom|avionom|po[šs]tom))` +
        `|(?:uplatio|uplatila|uplatili|platio|platila|platili|poslao|poslala|poslali|prebacio|prebacila|prebacili)\\s+(?:sam|smo)(?!\\s+(?:vam\\s+|ti\\s+)?(?:i\\s+)?${THINGS_SENT}\\p{L}*)` +
        '|sam\\s+(?:uplatio|uplatila|platio|platila|prebacio|prebacila)',
      `(?:${S}aljem|evo|u\\s+prilogu)\\s+(?:vam\\s+)?(?:swift\\s+)?(?:potvrd[aeu]|uplatnic[aeu]|dokaz|swift|mtcn|priznanic[aeu])(?!\\s+(?:o\\s+)?(?:narud|porud))` +
        '|dao\\s+mi\\s+je\\s+priznanic[aeu]|dobio\\s+sam\\s+priznanic[aeu]' +
        `|(?:uplati${C}u|uplatit\\s+${C}u|plati${C}u|platit\\s+${C}u|${S}aljem\\s+novac|prebacujem|upla${C}ujem)\\s+(?:\\S+\\s+){0,2}?(?:danas|sutra|odmah|ve${C}eras|sada)`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.paid,
  },
  asksWhere: {
    words: [
      // "Dobro, koji račun?" (which account?), "Koliko tačno avans?" (how much exactly is the advance?), "Koliko je to u
      // evrima?", "na čije ime?", "gde da ga nađem?" (where do I find him?), "Referenca je broj fakture?".
      `(?:na\\s+)?(?:koji|koju|kojem|kojoj)\\s+(?:ra${C}un|broj|banku|karticu|iban|nov${C}anik|adresu)|na\\s+(?:${C}ije|koje)\\s+ime` +
        `|kome\\s+(?:da\\s+)?(?:uplatim|platim|po${S}aljem|${S}aljem|dam|predam)`,
      `koliko\\s+(?:(?:ta${C}no|to${C}no|ukupno|je|to|da|mi|vam)\\s+){0,3}?(?:avans\\p{L}*|uplatim|platim|po${S}aljem|${S}aljem|u\\s+(?:evrima|eurima|dinarima|kunama|dolarima)|ostatak|iznos|treba\\s+(?:da\\s+)?(?:uplatim|platim|po${S}aljem))`,
      `(?:gde|gdje)\\s+(?:da\\s+)?(?:uplatim|platim|po${S}aljem|${S}aljem|(?:ga|je|ih)\\s+(?:mogu\\s+)?(?:na[đd]|nadj|prona[đd]|pronadj)\\p{L}*)` +
        `|(?:po${S}aljite|dajte|po${S}alji|daj)\\s+(?:mi\\s+)?(?:broj\\s+ra${C}una|podatke|ra${C}un|iban|swift)|(?:referenc\\p{L}*|poziv\\s+na\\s+broj|svrh\\p{L}*\\s+uplate)[^.!?\\n]{0,40}\\?`,
    ],
    phrases: [AN_AMOUNT_ALONE, ...AMHARIC_NEPALI_PHRASES.asksWhere],
  },
  pointsAt: {
    words: [
      // "Na taj isti račun" (to that same account), "isti kao prošli put" (same as last time), "pošaljite mi MTCN".
      `(?:na\\s+)?(?:taj|isti|onaj|ovaj)\\s+(?:isti\\s+)?ra${C}un|isti\\s+(?:kao\\s+)?(?:(?:pro${S}li|prethodni)\\s+put|ranije|pre|prije)` +
        `|(?:po${S}aljite|po${S}alji)\\s+(?:mi\\s+)?(?:potvrd[aeu]|uplatnic[aeu]|mtcn|swift|dokaz)`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.pointsAt,
  },
  toPay: {
    words: [
      `uplat\\p{L}*|plat\\p{L}*|avans\\p{L}*|iznos|ukupno|ostatak|${S}aljem|po${S}aljem|primalac|primatelj|novac`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.toPay,
  },
  backToTheOrder: {
    words: [
      // "Plaćam samo preko Alibabe" (I pay only through Alibaba), "neću da platim tako" (I won't pay like that), "nema šanse".
      `(?:samo|isklju${C}ivo|jedino)\\s+(?:(?:pla${C}am|pla${C}amo|plati${C}u|upla${C}ujem)\\s+)?(?:preko|kroz|putem|na|u|po)\\s+(?:alibab\\p{L}*|trade\\s+assurance\\p{L}*|narud${Z}b\\p{L}*|porud${Z}bin\\p{L}*|platform\\p{L}*)` +
        `|(?:ne${C}u|ne${C}emo|ne\\s+${Z}elim|ne\\s+${Z}elimo)\\s+(?:da\\s+)?(?:platim|platimo|pla${C}am|uplatim|${S}aljem|tako|van|izvan|mimo)|nema\\s+${S}anse|nikako`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.backToTheOrder,
  },
  vouches: {
    words: [
      // "Ista firma, isti vlasnik, samo drugo ime" (same company, same owner, only another name), "Menadžer je naš" (the
      // manager is ours), "svi naši kupci tako plaćaju" (all our buyers pay like this), "ne brinite".
      `(?:ista|isti|isto)\\s+(?:firma|vlasnik|kompanija|preduze${C}e|poduze${C}e|fabrika|tvornica|grupa|ljudi)|samo\\s+(?:drugo|druga|novo)\\s+ime` +
        `|(?:menad${Z}er|agent|zastupnik|kolegica|koleginica|ra${C}un)\\s+je\\s+na${S}|(?:svi|mnogi|ve${C}ina)\\s+(?:na${S}ih\\s+|na${S}i\\s+)?(?:kupc\\p{L}*|klijent\\p{L}*|mu${S}terij\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:tako|ovako)` +
        `|(?:potpuno|sasvim|100\\s?%)\\s+(?:je\\s+)?sigurno|ne\\s+brinite|bez\\s+brige|verujte\\s+nam|vjerujte\\s+nam`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.vouches,
  },
  doubts: {
    words: [`za${S}to|sigurn\\p{L}*|prevar\\p{L}*|${C}udno|normalno|legitimn\\p{L}*|istina`],
    phrases: AMHARIC_NEPALI_PHRASES.doubts,
  },
  namesTheOrder: {
    // "Uplaceno preko narudzbe", "platiću karticom na narudžbi", "preko Alibabe", "dugme Pay"; not "van narudžbe" (outside
    // the order). Alibaba named alone is no order: a look-alike page's replies name it too ("prijavila sam se Alibaba mailom").
    words: [
      `(?<!(?:van|izvan|mimo|bez)\\s+)(?:narud${Z}b\\p{L}*|porud${Z}bin\\p{L}*|(?:preko|kroz|putem)\\s+(?:alibab\\p{L}*|trade\\s+assurance\\p{L}*)|dugme(?:ta|tom)?\\s+pay)`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.namesTheOrder,
  },
  moved: {
    words: [
      // "Dodala sam vas na Viberu" (added you on Viber), "Vidim vas, pišemo tamo" (we write there), "poslala sam vam i mail
      // na qq" (sent you a mail to the qq one too).
      `(?:dodao|dodala|dodali|dodah)\\s+(?:sam\\s+|smo\\s+)?(?:vas|te|vam|ti)|(?:pi${S}emo|pi${S}em|javljam|javljamo|${C}ujemo|nastavljamo|nastavimo|dopisujemo|razgovaramo)\\s+(?:se\\s+)?(?:vam\\s+|ti\\s+)?(?:tamo|onde)` +
        `|(?:poslao|poslala|poslali)\\s+(?:sam|smo)\\s+(?:vam|ti)\\s+(?:i\\s+)?(?:mail|e-?mail|poruk\\p{L}*|sms|zahtjev|zahtev)|(?:pisao|pisala|pisali|javio|javila|javili)\\s+(?:sam|smo)\\s+(?:vam|ti|se)` +
        `|koji\\s+(?:je\\s+)?(?:va${S}|tvoj)\\s+(?:broj|viber|whatsapp|id|mail|nik)`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.moved,
  },
  backToTheChat: {
    words: [
      // "Radije ostanimo ovde u Alibaba chatu" (let's rather stay here), "nemam Viber" (I have no Viber).
      `(?:ostanimo|ostajemo|ostanite|nastavimo|pi${S}imo|razgovarajmo|dopisujmo\\s+se)\\s+(?:\\S+\\s+){0,2}?(?:ovde|ovdje|na\\s+alibab\\p{L}*|u\\s+alibab\\p{L}*)` +
        '|nemam\\s+(?:viber|whatsapp|wechat|telegram)|ne\\s+koristim\\s+(?:viber|whatsapp|wechat|telegram)',
    ],
    phrases: AMHARIC_NEPALI_PHRASES.backToTheChat,
  },
  namesTheChat: { words: ['ovde|ovdje'], phrases: AMHARIC_NEPALI_PHRASES.namesTheChat },
  pageTakes: {
    // "Nakon prijave upišite kod iz SMS-a" (after logging in type the code from the SMS), "Prijavila sam se, kod je 914 226".
    words: [
      `lozink\\p{L}*|${S}ifr\\p{L}*|prijav\\p{L}*|ulogova\\p{L}*|upisa\\p{L}*|upi${S}i\\p{L}*|unes\\p{L}*|uneo|unela|unio|unijela|kod\\s+(?:je|iz|sa|s)|(?:sms|verifikacijski|verifikacioni|jednokratni)\\s+kod|kod\\s+\\d|kartic\\p{L}*|cvv|pin`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.pageTakes,
  },
  refusesThePage: {
    words: [
      `ne${C}u|nisam\\s+(?:\\S+\\s+)?(?:upisa|uneo|unela|unio|unijela|prijavi|dala|dao)\\p{L}*|nikad\\p{L}*|ne\\s+(?:upisujem|unosim|dajem)`,
    ],
    phrases: AMHARIC_NEPALI_PHRASES.refusesThePage,
  },
  asksWhy: { words: [`za${S}to|zbog\\s+${C}ega`], phrases: AMHARIC_NEPALI_PHRASES.asksWhy },
};
