import type { DeadlinePayAndLoss } from './pressure-deadline-loss';

/**
 * The deadline, paying and the loss in more of the languages buyers and suppliers write in: Haitian Creole, the Nordic
 * languages, Albanian, Czech, Greek, Hungarian and Lithuanian. Part of DEADLINES_WITH_A_LOSS_IN_EUROPEAN_LANGUAGES.
 */
export const DEADLINES_WITH_A_LOSS_IN_MORE_LANGUAGES: readonly DeadlinePayAndLoss[] = [
  // Haitian Creole "Si ou pa konfime jodi a, n ap vann bato a bay yon lòt kliyan" (unless confirmed today, it is sold to another
  // client), "peye jodi a, sinon …" (pay today, or else).
  {
    deadline:
      '\\bjodi\\s+a\\b|\\bjodi\\s+(?:la|menm)\\b|\\banvan\\s+(?:demen|lendi|madi|m[èe]kredi|jedi|vandredi|samdi)\\b',
    pay: '\\b(?:peye|voye\\s+(?:lajan|k[òo]b|fr[èe])|konfime|depo)(?![\\p{L}])',
    loss: '\\b(?:sinon|vann\\s+(?:\\S+\\s+){0,3}?bay\\s+(?:yon\\s+)?l[òo]t|pri\\s+a\\s+ap\\s+monte|anile)\\b',
    anchors: ['jodi', 'anvan'],
  },
  // Swedish, Norwegian and Danish: "Send tollavgiften … i dag" with "60 USD per dag fra i morgen" (storage by the day from
  // tomorrow), "betala senast fredag, annars går platsen till en annan kund" (pay by Friday, else the slot goes to another).
  {
    deadline:
      '\\b(?:i\\s+dag|idag|i\\s+morgen|i\\s+morgon|imorgon|senast\\s+(?:i\\s+)?\\S+|innen\\s+(?:i\\s+)?\\S+|inden\\s+(?:i\\s+)?\\S+)(?![\\p{L}])',
    pay: '(?:\\bbetal|[öo]verf[öo]r|overf[øo]r|\\bsend\\b|\\bskicka\\b|\\binnbetal|\\bindbetal)',
    loss: '(?:\\bellers\\b|\\bannars\\b|\\bper\\s+dag\\b|\\bom\\s+dagen\\b|\\bmister\\b|f[öo]rlorar|\\btaper\\b|annuller|kanseller|\\bs[äa]ljer\\b|\\bselger\\b|s[æa]lger|\\btill\\s+en\\s+annan\\b|\\btil\\s+en\\s+ann(?:en|ad)\\b)',
    anchors: ['i dag', 'idag', 'i morgen', 'i morgon', 'imorgon', 'senast', 'innen', 'inden'],
  },
  // Albanian "vlen vetëm deri nesër … nëse e dërgoni depozitën … sot, … përndryshe shkon te një klient tjetër" (valid only until
  // tomorrow … if you send the deposit today …, else it goes to another client).
  {
    deadline: '(?<![\\p{L}])(?:sot|deri\\s+nes[ëe]r|nes[ëe]r)(?![\\p{L}])',
    pay: '(?:\\bpagu|d[ëe]rgo|\\bdepozit|\\btransfer|parapagim)',
    loss: '(?:p[ëe]rndryshe|klient\\s+tjet[ëe]r|\\banulo|\\bhumb|\\brritet|\\bshitet)',
    anchors: ['sot', 'deri', 'nesër', 'neser'],
  },
  // "Poplatek prosím uhraďte ještě dnes …, jinak bude zboží vráceno" (pay the fee today, or the goods go back).
  {
    deadline:
      '(?<![\\p{L}])(?:dnes|dneska|do\\s+(?:zítřka|zitrka|pátku|patku|pondělí|pondeli|večera|vecera|konce\\s+dne|\\d)|do\\s+\\d+\\s*hodin)(?![\\p{L}])',
    pay: '(?:uhra[ďd]|zapla[tť]|platb|doplat|p[řr]eve[ďd]|po[šs]lete|za[šs]lete|z[áa]loh)',
    loss: '(?:(?<![\\p{L}])jinak(?![\\p{L}])|ztrat|v\\s+opa[čc]n[ée]m\\s+p[řr][íi]pad[ěe]|vr[áa]cen|propadne|zru[šs]|dra[žz][šs][íi]|sklad(?:né|ne|ov[ée])|penále|penale|pokut)',
    anchors: ['dnes', 'do '],
  },
  // "Πληρώστε τα τέλη εντός 48 ωρών, αλλιώς επιστρέφεται στον αποστολέα" (pay the fees within 48 hours, or it goes back), "…
  // σήμερα …, χάνετε τη θέση" (today, or you lose the slot).
  {
    deadline:
      '(?<![\\p{L}])(?:σήμερα|σημερα|απόψε|αποψε|μέχρι\\s+(?:αύριο|αυριο|την|τις|\\d)|μεχρι\\s+(?:αυριο|την|τις|\\d)|εντός\\s+\\d+|εντος\\s+\\d+)(?![\\p{L}])',
    pay: '(?:πληρ[ωώ]|πληρωμ|καταβ[άα]λ|εξοφλ|[έε]μβασμ|μεταφορ[άα]\\s+χρημ|προκαταβολ)',
    loss: '(?:αλλι[ώω]ς|χ[άα]νετε|διαφορετικ[άα]|επιστρ[έε]φ|ακυρ|[άα]λλο\\s+πελ[άα]τη|ανεβα[ίι]ν|πρόστιμ|προστιμ|αποθ[ήη]κευτ)',
    anchors: ['σήμερα', 'σημερα', 'απόψε', 'αποψε', 'μέχρι', 'μεχρι', 'εντός', 'εντος'],
  },
  // Hungarian "ha holnapig nem utalja a 4 800 USD-t …, a rakodógépet eladjuk másnak és az előleg elveszik" (unless paid by
  // tomorrow, we sell the loader to another and the deposit is lost).
  {
    deadline: '(?<![\\p{L}])(?:m[ée]g\\s+ma|ma\\s+este|holnap(?:ig)?|p[ée]ntekig|h[ée]tf[őo]ig)(?![\\p{L}])',
    pay: '(?:\\bfizet|\\butal|\\bel[őo]leg|\\bbefizet)',
    loss: '(?:k[üu]l[öo]nben|eladjuk|m[áa]snak|elveszik|elvesz|t[öo]r[öo]lj|t[áa]rol[áa]si|dr[áa]g[áa]bb)',
    anchors: [
      'még ma',
      'meg ma',
      'ma este',
      'holnap',
      'péntekig',
      'pentekig',
      'hétfőig',
      'hetfoig',
      'hétfoig',
      'hetfőig',
    ],
  },
  // Lithuanian "jei šiandien nesumokėsite …, prarasite kainą ir vietą gamyboje" (unless you pay today, you lose the price and the
  // slot).
  {
    deadline:
      '(?<![\\p{L}])(?:[šs]iandien|rytoj|iki\\s+(?:rytojaus|penktadienio|pirmadienio|\\d))(?![\\p{L}])',
    pay: '(?:sumok|mok[ėe]|pervesk|pervedim|avans|atsiskait)',
    loss: '(?:prarasite|prarasi|kitam\\s+pirk[ėe]jui|atšauk|atsauk|brang)',
    anchors: ['šiandien', 'siandien', 'rytoj', 'iki '],
  },
];
