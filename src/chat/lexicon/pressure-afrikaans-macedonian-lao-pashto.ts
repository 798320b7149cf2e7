import { cue, type Cue } from './cue';

/** The days and times a deadline names in Afrikaans and Macedonian. */
const AFRIKAANS_DAYS =
  '(?:\\d|vandag|vanaand|m[ôo]re|vrydag|maandag|dinsdag|woensdag|donderdag|saterdag|sondag|einde)';
const MACEDONIAN_DAYS =
  '(?:\\d|утре|петок|понеделник|вторник|среда|четврток|сабота|недела|крајот|utre|petok|ponedelnik|vtornik|sreda|cetvrtok|sabota|nedela)';

/** Pressure to pay in Afrikaans, Macedonian (in Cyrillic and Latin letters), Lao (in its script) and Pashto (in Arabic script and Latin letters). */
export const PRESSURE_IN_AFRIKAANS_MACEDONIAN_LAO_PASHTO: readonly Cue[] = [
  cue(
    'a deadline to pay',
    // Afrikaans "As jy vandag betaal kan ek die prys hou" (if you pay today I can keep the price), "as jy vandag stuur …
    // anders" (if you send today … otherwise), "Asseblief betaal voor 12:00", "stuur binne 24 uur"; Macedonian "Ве
    // молам до петок, инаку …" (please by Friday, otherwise …), "Ве молам денес ако може" (please today if you can),
    // "уплатете до утре".
    `(?<![\\p{L}])(?:as|indien)\\s+(?:jy|u|julle)\\s+(?:dit\\s+)?(?:(?:vandag|vanaand|nou)\\s+(?:[^\\s,.;!?]+\\s+)?(?:betaal|stuur|oorbetaal)|(?:betaal|stuur|oorbetaal)\\s+(?:[^\\s,.;!?]+\\s+)?(?:vandag|vanaand))(?![\\p{L}])` +
      `|(?<![\\p{L}])(?:betaal|oorbetaal)\\s+(?:asseblief\\s+)?(?:\\S+\\s+){0,2}?(?:voor|teen|binne)\\s+${AFRIKAANS_DAYS}` +
      `|(?<![\\p{L}])stuur\\s+(?:asseblief\\s+)?(?:(?:die\\s+)?(?:betaling|geld|deposito|balans|bedrag|usdt|r?\\d\\S*)\\s+(?:\\S+\\s+)?)?(?:voor|teen|binne)\\s+${AFRIKAANS_DAYS}` +
      '|(?<![\\p{L}])asseblief\\s+(?:vandag|vanaand)(?![\\p{L}])' +
      `|(?<![\\p{L}])(?:ве\\s+молам|ве\\s+молиме|ve\\s+molam|ve\\s+molime)\\s+(?:\\S+\\s+)?(?:денес|denes|до\\s+${MACEDONIAN_DAYS}|do\\s+${MACEDONIAN_DAYS})` +
      `|(?<![\\p{L}])(?:уплатете|платете|платите|платиш|уплатиш|пратете|uplatete|platete|platite|platis|pratete)\\s+(?:\\S+\\s+){0,3}?(?:денес|denes|до\\s+${MACEDONIAN_DAYS}|do\\s+${MACEDONIAN_DAYS})`,
    {
      anchors: [
        'as jy',
        'as u',
        'as julle',
        'indien',
        'betaal',
        'stuur',
        'asseblief',
        'молам',
        'молиме',
        'molam',
        'molime',
        'денес',
        'denes',
        'уплатете',
        'платете',
        'платите',
        'платиш',
        'уплатиш',
        'пратете',
        'uplatete',
        'platete',
        'platite',
        'platis',
        'pratete',
      ],
    },
  ),
  cue(
    'a price rise or a loss to hurry the payment',
    // Afrikaans "anders is die staal prys op" (otherwise the steel price is up), "van môre af gaan staal op 8%", "ons kan
    // nie die spasie hou nie" (we can't hold the space); Macedonian "инаку цената на памукот се зголемува" (otherwise the
    // price of cotton rises), "цената важи само денес" (the price holds only today), "Брзо ве молам … ќе изгубите"
    // (quickly please, you will lose …), "ako ne se plati do utre".
    '(?<![\\p{L}])anders\\s+(?:\\S+\\s+){0,5}?(?:prys|pryse)\\s+(?:\\S+\\s+)?(?:op|styg|hoër|hoer)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:van\\s+)?m[ôo]re\\s+af\\s+(?:\\S+\\s+){0,3}?(?:op|styg)\\s+(?:met\\s+)?\\d+\\s*%' +
      '|(?<![\\p{L}])(?:kan|sal)\\s+nie\\s+(?:die\\s+)?(?:spasie|plek|prys|voorraad|stock)\\s+(?:\\S+\\s+)?hou\\s+nie(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:инаку|inaku)\\s+(?:\\S+\\s+){0,4}?(?:цена\\p{L}*|cena\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:зголемува|покачува|расте|zgolemuva|pokacuva|raste)' +
      '|(?<![\\p{L}])(?:цената|cenata)\\s+(?:\\S+\\s+)?(?:важи|vazi|važi)\\s+само\\s+(?:денес|до)|(?<![\\p{L}])(?:цената|cenata)\\s+(?:\\S+\\s+)?(?:vazi|važi)\\s+samo\\s+(?:denes|do)' +
      '|(?<![\\p{L}])(?:брзо|brzo)\\s+(?:ве\\s+|ve\\s+)?(?:молам|molam)(?![\\p{L}])' +
      `|(?<![\\p{L}])(?:ако|ako)\\s+не\\s+(?:се\\s+)?(?:плати|платите|платиш|уплати|уплатите)\\s+до\\s+${MACEDONIAN_DAYS}` +
      `|(?<![\\p{L}])ako\\s+ne\\s+(?:se\\s+)?(?:plati|platite|platis|uplati|uplatite)\\s+do\\s+${MACEDONIAN_DAYS}`,
    {
      anchors: [
        'anders',
        'môre af',
        'more af',
        'hou nie',
        'брзо',
        'brzo',
        'инаку',
        'inaku',
        'важи',
        'vazi',
        'važi',
        'молам',
        'molam',
        'ако',
        'ako',
      ],
    },
  ),
  cue(
    'a deadline to pay today',
    // Lao "ໂອນມື້ນີ້ເລີຍເດີ້" (transfer today), "ໂອນກ່ອນວັນສຸກ" (transfer before Friday), "… ບໍ່ດັ່ງນັ້ນລາຄາເຫຼັກຂຶ້ນ"
    // (otherwise the steel price goes up), "ລາຄານີ້ມື້ນີ້ເທົ່ານັ້ນ" (this price today only), "ຟ້າວແດ່" (hurry up);
    // Pashto "نن یې ولیږه" (send it today), "که نن یې ونه لېږئ" (if you don't send it today), "ژر وکړه" (do it fast),
    // "سبا … بیه پورته ځي" (tomorrow the price goes up), "تر جمعې پورې، بیا کانټینر ځي" (by Friday, then the container
    // goes).
    '(?:ໂອນ|ຈ່າຍ|ຊຳລະ)(?:ເງິນ)?(?:ມື້ນີ້|ພາຍໃນມື້ນີ້|ກ່ອນ\\s?(?:ວັນ|\\d|ມື້|ເວລາ))|ບໍ່ດັ່ງນັ້ນ[^.!?\\n]{0,30}?(?:ລາຄາ|ເສຍ|ເຕັມ|ຍົກເລີກ|ຂຶ້ນ)' +
      '|ມື້ນີ້ເທົ່ານັ້ນ|ຟ້າວ(?:ແດ່|ເດີ້|ໆ)|ມື້ອື່ນ[^.!?\\n]{0,20}?(?:ລາຄາ|ອັດຕາ)[^.!?\\n]{0,12}?(?:ຂຶ້ນ|ປ່ຽນ)' +
      '|(?<![\\p{L}\\p{M}])نن\\s+(?:یې\\s+)?(?:\\S+\\s+)?(?:ولیږه|ولیږئ|ولېږه|ولېږئ|ورکړه|ورکړئ|واچوه|واچوئ|ونه\\s+لېږئ|ونه\\s+لیږئ|ونه\\s+ورکړئ)(?![\\p{L}\\p{M}])' +
      '|(?<![\\p{L}\\p{M}])مهرباني\\s+وکړئ\\s+(?:نن|تر\\s+\\S+\\s+پورې)(?![\\p{L}\\p{M}])' +
      '|(?<![\\p{L}\\p{M}])تر\\s+(?:\\S+\\s+)?پورې\\s*[،,]?\\s+(?:که\\s+نه\\s+نو|ګنې|بیا\\s+(?:کانټینر|بیه|قیمت))' +
      '|(?<![\\p{L}\\p{M}])ژر\\s+(?:یې\\s+)?(?:وکړه|وکړئ|ولیږه|ولیږئ|ورکړه|ورکړئ)(?![\\p{L}\\p{M}])' +
      '|(?<![\\p{L}\\p{M}])سبا\\s+(?:\\S+\\s+){0,4}?(?:بیه|قیمت)\\s+(?:\\S+\\s+){0,2}?(?:پورته|لوړ|زیات|راځي)',
    {
      anchors: ['ໂອນ', 'ຈ່າຍ', 'ຊຳລະ', 'ບໍ່ດັ່ງນັ້ນ', 'ມື້ນີ້ເທົ່ານັ້ນ', 'ຟ້າວ', 'ມື້ອື່ນ', 'نن', 'مهرباني', 'پورې', 'ژر', 'سبا'],
    },
  ),
];
