import { cue, inMessageWith, type Cue } from './cue';

/**
 * What is lost if the buyer waits. Georgian "აძვირებს" (raises the price), "თორემ" (or else), "ჯარიმა" (a penalty),
 * "შემდეგ გემზე" (on the next ship), "ვადა გასდის" (it expires), "ფასდაკლება" (the discount); Armenian "թե չէ" (or
 * else), "բարձրացնում" (raises), "միայն մինչև" (only until), "տուգանք" (a penalty); Estonian "muidu" (otherwise), "hind
 * tõuseb / kehtib" (the price rises / holds), "kustutab tellimuse" (deletes the order), "laotasu" (storage); Slovenian
 * "sicer" (otherwise), "cene se dvignejo" (prices go up), "ladja odpelje" (the ship leaves), "poteče" (expires), "zaloga
 * je omejena" (the stock is limited).
 */
const STAKES =
  'აძვირ\\p{L}*|თორემ|ჯარიმ\\p{L}*|შემდეგ\\s+გემ\\p{L}*|ვადა\\s+გასდის|ფასდაკლებ\\p{L}*|კურსი\\s+იცვლება|დაკავდება' +
  '|թե\\s+չէ|հակառակ\\s+դեպքում|բարձրաց\\p{L}*|միայն\\s+մինչեւ|տուգանք\\p{L}*|ուրիշ\\s+(?:հաճախորդ|գնորդ)\\p{L}*|կչեղարկ\\p{L}*|zeghch|te\\s+che' +
  '|(?<![\\p{L}])(?:muidu|hind\\s+(?:\\S+\\s+)?(?:t[õo]useb|kehtib)|t[õo]useb\\s+(?:\\S+\\s+)?hind|kehtib\\s+(?:ainult|vaid)|kustutab|t[üu]histatakse|teisele\\s+kliendile|laotasu|trahv\\p{L}*|hilja' +
  '|sicer|druga[čc]e|cen\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:dvign\\p{L}*|zvi[šs]\\p{L}*)|ladja\\s+odpelje|pote[čc]e|zaloga\\s+je\\s+omejena|samo\\s+(?:[šs]e\\s+)?\\d+\\s+dni|drug\\p{L}*\\s+kupc\\p{L}*)(?![\\p{L}])';

/** Pressure to pay in Georgian and Armenian (in their scripts and in Latin letters), Estonian and Slovenian (with and without their marks). */
export const PRESSURE_IN_GEORGIAN_ARMENIAN_ESTONIAN_SLOVENIAN: readonly Cue[] = [
  cue(
    'a deadline to pay, or the price or the slot is lost',
    // Georgian "მხოლოდ პარასკევამდეა" (only until Friday), "დღეს 18:00-მდე" (today by 18:00), "30 წუთში გადაიხადოთ"
    // (pay within 30 minutes), "ორშაბათამდე თუ არ გადაიხდით" (if you don't pay by Monday), "დღეს თუ გადაიხდით" (if you
    // pay today); Armenian "մինչև ուրբաթ" (by Friday), "միայն մինչև վաղը" (only until tomorrow), "այսօր մինչև 17:00";
    // Estonian "hind kehtib reedeni" (the price holds until Friday), "1 tunni pärast" (in an hour), "makske täna";
    // Slovenian "plačajte do jutri" (pay by tomorrow), "v 1 uri", "rok je danes do 16h": with what is lost in the
    // message, not an order's own payment window.
    '(?:(?:პარასკევ|ორშაბათ|სამშაბათ|ოთხშაბათ|ხუთშაბათ|შაბათ|კვირ|ხვალ|\\d\\d?:\\d\\d-)\\p{L}*მდე|დღეს(?:ვე)?\\s+(?:თუ\\s+)?(?:გადაიხად|გადარიცხ|ჩარიცხ|\\d)|\\d+\\s+(?:წუთში|საათში)\\s+(?:გადაიხად|გადარიცხ)' +
      '|մինչեւ\\s+(?:վաղը|ուրբաթ|երկուշաբթի|երեքշաբթի|չորեքշաբթի|հինգշաբթի|շաբաթ|կիրակի|\\d)|այսօր\\s+(?:մինչեւ|վճարեք)|\\d+\\s+ժամ\\p{L}*\\s+ընթացքում' +
      '|(?<![\\p{L}])(?:reedeni|esmasp[äa]evani|teisip[äa]evani|kolmap[äa]evani|neljap[äa]evani|laup[äa]evani|homseni|\\d+\\s+tunni\\s+(?:p[äa]rast|jooksul)|(?:makske|maksate|kandke)\\s+(?:\\S+\\s+)?(?:t[äa]na|homme))' +
      '|(?<![\\p{L}])(?:(?:pla[čc]ajte|naka[žz]ite|po[šs]ljite)\\s+(?:\\S+\\s+)?(?:danes|do\\s+\\S+|v\\s+\\d+\\s+ur\\p{L}*|takoj)|rok\\s+je\\s+danes))' +
      inMessageWith(STAKES, 160),
    {
      anchors: [
        'მდე',
        'დღეს',
        'წუთში',
        'საათში',
        'մինչեւ',
        'այսօր',
        'ժամ',
        'reedeni',
        'päevani',
        'paevani',
        'homseni',
        'tunni',
        'makske',
        'maksate',
        'kandke',
        'plačajte',
        'placajte',
        'nakažite',
        'nakazite',
        'pošljite',
        'posljite',
        'rok je danes',
      ],
    },
  ),
  cue(
    'a wire disguised',
    // Georgian "ბანკს უთხარით 'family support'" (tell the bank …), Armenian "բանկին ասեք" (tell the bank), Estonian
    // "kirjutage makse eesmärgiks" (write as the payment's purpose), Slovenian "napišite namen" (write as purpose).
    'ბანკს\\s+(?:უთხარით|უთხარი|დაუწერეთ)|բանկին\\s+(?:ասեք|գրեք)|(?<![\\p{L}])(?:kirjutage|m[äa]rkige)\\s+(?:\\S+\\s+)?makse\\s+eesm[äa]rgi\\p{L}*|(?<![\\p{L}])(?:napi[šs]ite|navedite)\\s+(?:za\\s+)?namen',
    { anchors: ['ბანკს', 'բանկին', 'kirjutage', 'märkige', 'markige', 'napiš', 'napis', 'navedite'] },
  ),
];
