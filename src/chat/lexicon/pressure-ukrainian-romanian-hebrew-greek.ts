import { cue, type Cue } from './cue';
import {
  OLD_ACCOUNT_ANCHORS_IN_UKRAINIAN,
  TO_THE_OLD_ACCOUNT_IN_UKRAINIAN,
} from './details-change-ukrainian-romanian-hebrew-greek';

/** Where a sentence ends: "last chance" said alone, as a sentence or before "otherwise" (Greek ";" asks, so not that). */
const SAID_ALONE = '(?=\\s*(?:[.!,—–-]|$))';

/** A character of the sentence; a full stop or comma inside a number ("6.400 $") ends none. */
const IN_THE_SENTENCE = '(?:[^.!?]|(?<=\\d)[.,:](?=\\d))';

/** Pressure to pay in Ukrainian, Romanian, Hebrew and Greek, as probe 84's chats said it. Part of MORE_OFFERS_ENDING. */
export const PRESSURE_IN_UKRAINIAN_ROMANIAN_HEBREW_GREEK: readonly Cue[] = [
  cue(
    'money sent to the old account said to be lost',
    // Ukrainian "Платежі на старий рахунок будуть повернуті, і ви втратите на комісіях" (payments to the old account will
    // be returned, and you lose the fees): fear of losing the money, to hurry the buyer to the new account.
    `${TO_THE_OLD_ACCOUNT_IN_UKRAINIAN}${IN_THE_SENTENCE}{0,30}?(?:повернут\\p{L}*|поверне\\p{L}*|втрат\\p{L}*|пропад\\p{L}*|заблоку\\p{L}*)`,
    { anchors: OLD_ACCOUNT_ANCHORS_IN_UKRAINIAN },
  ),
  cue(
    'money sent to the old account said to be lost',
    // Romanian "Orice plată în contul vechi va fi returnată" (any payment to the old account will be returned), Hebrew
    // "תשלום לחשבון הישן יחזור אליך" (will come back to you), Greek "πληρωμή στον παλιό λογαριασμό θα επιστραφεί".
    `(?:plat[ăa]|pl[ăa][țţt]i\\p{L}*|banii|transfer\\p{L}*)\\s+(?:\\S+\\s+){0,2}?(?:[îi]n|pe|c[ăa]tre)\\s+contul\\s+vechi${IN_THE_SENTENCE}{0,30}?(?:va|vor)\\s+fi\\s+(?:returnat\\p{L}*|respins\\p{L}*|pierdu\\p{L}*|blocat\\p{L}*)` +
      '|(?:תשלום|תשלומים|העברה|העברות|כסף)\\s+(?:\\S+\\s+){0,2}?(?:לחשבון\\s+הישן|לחשבון\\s+הקודם)[^.!?]{0,30}?(?:יחזור|יחזרו|תחזור|יוחזר|יוחזרו|תוחזר|ילך\\s+לאיבוד|יאבד|ייחסם)' +
      '|(?:πληρωμ[ήηέε]ς?|μεταφορ[άα]|[έε]μβασμα|χρ[ήη]ματα)\\s+(?:\\S+\\s+){0,2}?(?:στον\\s+παλι[όο]\\s+λογαριασμ[όο])[^.!?]{0,30}?θα\\s+(?:επιστραφ|χαθ|απορριφθ|μπλοκαριστ)\\p{L}*',
    { anchors: ['contul vechi', 'לחשבון הישן', 'לחשבון הקודם', 'παλιό λογαριασμ', 'παλιο λογαριασμ'] },
  ),
  cue(
    'a last chance',
    // "Це останній шанс, інакше …", "Ultima șansă!", "זו ההזדמנות האחרונה שלך", "Τελευταία ευκαιρία." (said alone, or
    // "… to pay"); not the last chance for something else ("останній шанс змінити дизайн", "ultima șansă să modificați
    // culoarea", "τελευταία ευκαιρία για αλλαγές").
    `(?<!не\\s)останн[іи][йи]\\s+шанс(?:${SAID_ALONE}|\\s+(?:оплатити|заплатити|зберегти\\s+(?:ціну|знижку)))` +
      `|ultima\\s+[șşs]ans[ăa](?:${SAID_ALONE}|\\s+s[ăa]\\s+(?:pl[ăa]ti[țţt]i|achita[țţt]i|prinde[țţt]i\\s+pre[țţt]ul))|ultima\\s+ocazie${SAID_ALONE}` +
      `|(?:ultima\\s+ta|ultima\\s+dumneavoastr[ăa]|ultima\\s+voastr[ăa])\\s+(?:[șşs]ans[ăa]|ocazie)${SAID_ALONE}` +
      `|(?:הזדמנות\\s+אחרונה|הזדמנות\\s+האחרונה)(?:\\s+(?:שלך|שלכם))?(?:${SAID_ALONE}|\\s+לשלם)` +
      `|τελευτα[ίι]α\\s+ευκαιρ[ίι]α(?:${SAID_ALONE}|\\s+να\\s+(?:πληρ[ώω]σετε|κλειδ[ώω]σετε))|teleftaia\\s+(?:eukairia|eykairia|efkairia)${SAID_ALONE}`,
    {
      anchors: [
        'останній шанс',
        'останніи шанс',
        'останний шанс',
        'останнии шанс',
        'ultima șans',
        'ultima şans',
        'ultima sans',
        'ultima ocazie',
        'ultima ta',
        'ultima dumneavoastr',
        'ultima voastr',
        'הזדמנות אחרונה',
        'הזדמנות האחרונה',
        'α ευκαιρ',
        'teleftaia',
      ],
    },
  ),
  cue(
    'a deadline to pay, and a loss if it is missed',
    // Ukrainian "Якщо залишок не надійде до 18:00, лінія нарахує демередж … і ми не видамо коносамент" (if the balance
    // doesn't arrive by 6pm, demurrage, and no bill of lading); Hebrew "אם לא תשלם היום, הסחורה הולכת אליו" (if you don't
    // pay today, the goods go to him).
    `якщо\\s+${IN_THE_SENTENCE}{0,40}?не\\s+(?:над[іи][йи]д\\p{L}*|прийд\\p{L}*|оплатите|сплатите|переказ\\p{L}*|заплатите)\\s+(?:до|протягом|сьогодні|завтра)` +
      `(?=${IN_THE_SENTENCE}{0,120}?(?:демередж|штраф|не\\s+видамо|не\\s+віддамо|скасу|продамо|іншому\\s+покупц|втратите))` +
      '|אם\\s+לא\\s+(?:תשלם|תשלמו|תשלמי|תעביר|תעבירו|יגיע|נקבל)(?![\\p{L}])[^.!?\\n]{0,40}?(?:ה)?(?:סחורה|מלאי|מכולה|הזמנה|מחיר|מקום)\\s+(?:הולכת|הולך|תלך|ילך|יעלה|עולה|תבוטל|יבוטל|נמכר|תימכר|יימכר|יעבור|תעבור)(?![\\p{L}])',
    { anchors: ['якщо', 'אם לא'] },
  ),
];
