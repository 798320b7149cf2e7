import { cue, inMessageWith, type Cue } from './cue';

/**
 * What is lost if the buyer waits: the price going up, the slot, the ship or the goods going to another buyer. Somali
 * "berri qiimuhu wuu kordhayaa" (tomorrow the price rises), "macmiil kale" (another customer), "haddii kale" (or else);
 * Hausa "gobe farashi zai karu / canza" (tomorrow the price rises / changes), "wani mai saye" (another buyer); Bulgarian
 * "цената се вдига", "резервацията … затваря", "друг клиент", "иначе"; Slovak "cena stúpne", "iný zákazník", "inak".
 */
const STAKES =
  '(?<![\\p{L}])(?:qiim\\p{L}*\\s+(?:\\S+\\s+)?(?:kordh|kac|is\\s+bedel)\\p{L}*|macmiil\\s+kale|haddii\\s+kale|farashi\\s+(?:\\S+\\s+)?(?:karu|tashi|canza|hau)\\p{L}*|wani\\s+(?:mai\\s+saye|kwastoma)|idan\\s+ba\\s+haka\\s+ba' +
  '|цената\\s+(?:се\\s+)?(?:вдига|покачва|повишава|ще\\s+се\\s+вдигне)|резервацията\\s+(?:\\S+\\s+){0,3}?затваря|друг\\s+клиент|иначе|cenata\\s+(?:se\\s+)?(?:vdiga|pokachva)|rezervaciyata\\s+(?:\\S+\\s+){0,3}?zatvarya|drug\\s+klient|inache' +
  '|cena\\s+(?:\\S+\\s+)?(?:st[úu]pne|stúpa|stupa|zv[ýy]ši|bude\\s+vy[šs]šia|bude\\s+vyssia)|in[ýy]\\s+z[áa]kazn[íi]k|inak|pr[íi]dete\\s+o)(?![\\p{L}])';

/** Pressure to pay in Somali, Hausa, Bulgarian and Slovak (Bulgarian in Cyrillic and Latin letters, Slovak with and without its marks). */
export const PRESSURE_IN_SOMALI_HAUSA_BULGARIAN_SLOVAK: readonly Cue[] = [
  cue(
    'a deadline to pay, or the price or the slot is lost',
    // Somali "Lacagta maanta soo dir" (send the money today); Hausa "ka biya yau" (pay today); Bulgarian "Моля платете
    // до 2 дни", "платете днес", Latin "platete dnes"; Slovak "zaplaťte dnes / do piatku": with what is lost in the
    // message, not a Trade Assurance order's own payment window.
    '(?:(?<![\\p{L}])(?:maanta|saacado\\s+gudahood)\\s+(?:\\S+\\s+)?(?:soo\\s+dir|dir|bixi)(?![\\p{L}])|(?<![\\p{L}])(?:lacagta|deposit-ka)\\s+(?:\\S+\\s+)?(?:soo\\s+dir|bixi)\\s+maanta' +
      '|(?<![\\p{L}])(?:ka|ku|ki)\\s+(?:biya|tura)\\s+(?:\\S+\\s+)?(?:yau|kafin\\s+gobe)(?![\\p{L}])' +
      '|(?<![\\p{L}])(?:платете|преведете|платите|изпратете)\\s+(?:\\S+\\s+)?(?:днес|до\\s+утре|до\\s+\\d+\\s+(?:дни|часа)|до\\s+петък|до\\s+понеделник|в\\s+рамките\\s+на)' +
      '|(?<![\\p{L}])(?:platete|prevedete|platite|izpratete)\\s+(?:\\S+\\s+)?(?:dnes|do\\s+utre|do\\s+\\d+\\s+(?:dni|chasa)|do\\s+petak)' +
      '|(?<![\\p{L}])(?:zapla[ťt]te|po[šs]lite|uhra[ďd]te)\\s+(?:\\S+\\s+)?(?:dnes|do\\s+zajtra|do\\s+piatku|do\\s+pondelka|do\\s+\\d+\\s+(?:hod[íi]n|dn[íi])))' +
      inMessageWith(STAKES, 160),
    {
      anchors: [
        'maanta',
        'saacado gudahood',
        'biya',
        'tura',
        'платете',
        'преведете',
        'платите',
        'изпратете',
        'platete',
        'prevedete',
        'platite',
        'izpratete',
        'zaplaťte',
        'zaplatte',
        'pošlite',
        'poslite',
        'uhraďte',
        'uhradte',
      ],
    },
  ),
];
