import { cue, inSentenceWith, type Cue } from './cue';

/**
 * Where a sentence ends: "last chance" said alone, as a sentence or before a comma ("Sista chansen, fabriken stänger …");
 * not before a comma that opens what the chance is for ("utolsó esély, hogy módosítsa a színt").
 */
const SAID_ALONE = '(?=\\s*(?:[.!,—–-]|$))';

/** Today, tomorrow, tonight or else, in the sentence: the loss is tied to a deadline. */
const A_DEADLINE =
  '(?<![\\p{L}])(?:dnes|z[íi]tra|jinak|pokud\\s+ne|ma|holnap|holnapt[óo]l|k[üu]l[öo]nben|idag|i\\s+dag|imorgon|i\\s+morgon|i\\s+kv[äa]ll|annars)(?![\\p{L}])';

/** Pressure to pay in Czech, Hungarian and Swedish, as probe 85's chats said it. Part of pressure-offers-ending-more.ts's list. */
export const PRESSURE_IN_CZECH_HUNGARIAN_SWEDISH: readonly Cue[] = [
  cue(
    'a last chance',
    // Czech "Poslední šance dnes do 17:00", Hungarian "Ez az utolsó esély, ma 16:00-ig", Swedish "Sista chansen, fabriken
    // stänger bokningen i kväll": said alone, or with today or paying after it; not the last chance for something else
    // ("poslední šance změnit barvu", "utolsó lehetőség a színváltoztatásra", "sista chansen att ändra designen").
    `(?<![\\p{L}])(?:poslední|posledni)\\s+(?:šance|sance|příležitost|prilezitost)(?:${SAID_ALONE}(?!\\s*,\\s*(?:aby|že\\s|ze\\s))|\\s+(?:dnes|zaplatit|do\\s+\\d|uhradit))` +
      `|(?<![\\p{L}])(?:utolsó\\s+esély|utolso\\s+esely|utolsó\\s+lehetőség|utolso\\s+lehetoseg)(?:${SAID_ALONE}(?!\\s*,\\s*hogy\\s)|\\s+(?:ma|a\\s+fizet[ée]sre|hogy\\s+fizess\\p{L}*|\\d))` +
      `|(?<![\\p{L}])(?:sista\\s+chans|sista\\s+möjlighet|sista\\s+mojlighet)(?:en)?(?:${SAID_ALONE}(?!\\s*,\\s*(?:att|f[öo]r\\s+att)\\s)|\\s+(?:idag|i\\s+dag|att\\s+betala|\\d))`,
    {
      anchors: [
        'poslední',
        'posledni',
        'utolsó esély',
        'utolso esely',
        'utolsó lehetőség',
        'utolso lehetoseg',
        'sista chans',
        'sista möjlighet',
        'sista mojlighet',
      ],
    },
  ),
  cue(
    'the goods or the slot going to another buyer',
    // Czech "Zítra už to nepůjde a výrobní slot dostane jiný zákazník" (tomorrow the slot goes to another customer),
    // Hungarian "holnaptól … az árut eladjuk egy másik vevőnek" (we sell the goods to another buyer): with a deadline in
    // the sentence, not a model another customer took last year.
    '(?:(?<![\\p{L}])(?:dostane|převezme|prevezme|prodáme|prodame|půjde|pujde)\\s+(?:\\S+\\s+)?(?:jin[ýy]\\s+z[áa]kazn[íi]k|jin[ée]mu\\s+z[áa]kazn[íi]kovi|jin[ýy]\\s+odb[ěe]ratel|jin[ée]mu\\s+odb[ěe]rateli)' +
      '|(?<![\\p{L}])eladjuk\\s+(?:\\S+\\s+)?(?:egy\\s+)?(?:másik|masik)\\s+(?:vev[őo]\\p{L}*|v[áa]s[áa]rl[óo]\\p{L}*|[üu]gyf[ée]l\\p{L}*))' +
      inSentenceWith(A_DEADLINE, 120),
    { anchors: ['dostane', 'převezme', 'prevezme', 'prodáme', 'prodame', 'půjde', 'pujde', 'eladjuk'] },
  ),
];
