import { cue, type Cue } from './cue';
import { WHEN } from './pressure-ultimatum-words';
import { NEAR_PAYING } from './pressure-words';

/**
 * A loss said to follow if the buyer doesn't pay soon, in the wordings of probe 69: Nigerian Pidgin "before Friday,
 * if not terminal charges go start to count", Somali "berri qiimaha … kordhaya" (tomorrow the price goes up), Egyptian
 * Arabic in Latin letters "el as3ar hatzeed" (the prices go up; read "asear", as the 3 is read as a letter), Spanish "hoy mismo porque mañana cierran el
 * contenedor", German "geht die Zahlung nicht bis …", Hungarian "ha ma … nem érkezik meg az előleg", "holnaptól az ár
 * … emelkedik", Croatian "ako uplata ne stigne do petka", Latvian "ja nesamaksāsiet šodien", Estonian "homme link
 * aegub", and "otherwise the goods will be returned". Part of MORE_OFFERS_ENDING.
 */
export const PRESSURE_FROM_PARTS_AND_TOYS: readonly Cue[] = [
  cue(
    'a deadline with a penalty',
    `\\b(?:before|by)\\s+${WHEN}\\s*,?\\s+if\\s+not\\b(?=[^.!?]{0,60}?\\b(?:charges?|storage|demurrage|cancel\\w*|lose|lost|price|release\\w*|auction\\w*)\\b)` +
      '|\\bberri\\s+(?:\\S+\\s+){0,2}?qiimah?\\w*\\s+(?:\\S+\\s+){0,3}?kordh\\w*' +
      '|\\basear\\s+(?:hatzeed|hayzeed|hazeed|zeed)\\b|\\btebeat\\s+el\\s+flos\\s+el\\s+naharda\\b' +
      '|\\bhoy\\s+(?:mismo\\s+)?porque\\s+ma[ñn]ana\\s+(?:cierran|sale|se\\s+va|suben?|ya\\s+no)\\b' +
      '|\\bdie\\s+zahlung\\s+nicht\\s+bis\\b' +
      '|(?<![\\p{L}])ha\\s+ma\\s+(?:\\S+\\s+){0,3}?nem\\s+(?:érkezik|erkezik|fizet\\w*|utal\\w*)' +
      '|(?<![\\p{L}])(?:holnaptól|holnaptol)\\s+(?:\\S+\\s+){0,4}?(?:emelked\\w*|drágul\\w*|dragul\\w*)|\\bholnap\\s+(?:már|mar)\\s+nem\\b' +
      '|(?<![\\p{L}])ako\\s+(?:\\S+\\s+){0,2}?ne\\s+(?:\\S+\\s+){0,2}?do\\s+(?:sutra|petka|ponedjeljka|utorka|srijede|subote|nedjelje|četvrtka|cetvrtka)(?![\\p{L}])' +
      '|(?<![\\p{L}])ja\\s+(?:nesamaksāsiet|nesamaksasiet|nesamaksāsi|nesamaksasi)(?![\\p{L}])' +
      '|\\bhomme\\s+(?:\\S+\\s+){0,2}?aegub\\b|(?<![\\p{L}])tellimus\\s+(?:tühistatakse|tuhistatakse)' +
      '|\\botherwise\\s+(?:the\\s+|your\\s+)?(?:goods|cargo|shipment|container|parcel)\\s+(?:will|would)\\s+be\\s+(?:returned|sent\\s+back|auctioned|destroyed)\\b',
    {
      near: [NEAR_PAYING],
      anchors: [
        'if not',
        'berri',
        'asear',
        'tebeat',
        'porque',
        'die zahlung nicht bis',
        'ha ma',
        'holnaptól',
        'holnaptol',
        'holnap',
        'ako',
        'nesamaks',
        'homme',
        'tellimus',
        'otherwise',
      ],
    },
  ),
  cue(
    'an offer that ends soon',
    // Danish "tilbuddet udløber i aften" (ends tonight), Slovak "ponuka končí o polnoci", Czech "nabídka končí".
    '(?:udløber|\\budlober)\\s+(?:i\\s+aften|i\\s+dag|i\\s+morgen|kl\\.?\\s*\\d)|(?<![\\p{L}])(?:ponuka|nabídka|nabidka)\\s+(?:kon[čc][íi]|plat[íi]\\s+(?:len|jen)\\s+dnes)(?![\\p{L}])',
    { near: [NEAR_PAYING], anchors: ['udløber', 'udlober', 'ponuka', 'nabídka', 'nabidka'] },
  ),
  cue(
    'another buyer waiting',
    // Pidgin "other customers don dey book"; Kurdish "کڕیارێکی تر … دەیەوێت" (another buyer wants it).
    '\\bother\\s+(?:customers?|buyers?)\\s+(?:don\\s+)?dey\\s+(?:book|buy|wait|ask)\\b|کڕیارێکی\\s+تر',
    { anchors: ['dey', 'کڕیارێکی'] },
  ),
];
