import { cue, type Cue } from './cue';

/**
 * Paying outside the order in the wordings of probe 71 (East and Southeast Asian buyers' own wallets; printing and
 * promotional goods for Southern and Eastern Europe and Latin America): "hazme un Bizum", Satispay, MB Way, a
 * Multibanco reference, Greek IRIS, "PayNow me", "PayPayで送って", a convenience-store payment code, Colombia's Bre-B
 * key, an in-law's CBU, a colleague's, a daughter's, an agent's, a brother's, a director's wife's or a staff member's
 * account, cash to a colleague, and the fee kept out of the order ("va aparte del pedido de Alibaba", "non si possono
 * mettere nell'ordine Alibaba", "nu mai trebuie prin Alibaba"). Part of MORE_DIRECT_TRANSFERS.
 */
export const PAYING_OUTSIDE_ASIA_AND_PRINT: readonly Cue[] = [
  cue(
    'a person-to-person payment app',
    '\\b(?:hazme|haznos|mándame|mandame|envíame|enviame)\\s+un\\s+bizum\\b|\\bbizum\\s+de\\s+\\d' +
      '|\\b(?:con|su|via|tramite)\\s+satispay\\b|\\b(?:por|pelo|via|com)\\s+mb\\s?way\\b|\\brefer[êe]ncia\\s+multibanco\\b' +
      '|(?<![\\p{L}])(?:με|μέσω|μεσω)\\s+iris\\b|\\bpay\\s?now\\s+(?:me|us|him|her|the\\s+agent)\\b' +
      '|(?:paypay|line\\s?pay)\\s*で(?:直接)?(?:送|払|支払)|コンビニ払い|편의점\\s*결제|\\bbre-?b\\b|\\bllave\\s+(?:@|personal\\b)|\\brevolut\\s+@\\w',
    {
      anchors: [
        'hazme',
        'haznos',
        'mándame',
        'mandame',
        'envíame',
        'enviame',
        'bizum de',
        'satispay',
        'mb way',
        'mbway',
        'multibanco',
        'iris',
        'pay now',
        'paynow',
        'paypay',
        'line pay',
        'linepay',
        'コンビニ払い',
        '편의점',
        'bre-b',
        'breb',
        'llave',
        'revolut @',
      ],
    },
  ),
  cue(
    "someone else's account",
    '\\bcbu\\s+de\\s+mi\\s+(?:cuñado|cunado|hermano|hermana|primo|prima|tío|tio|tía|tia|esposa|mujer|novia)\\b' +
      '|\\b(?:na\\s+účet|na\\s+ucet)\\s+(?:mé|me)\\s+(?:kolegyně|kolegyne|kolegy)(?![\\p{L}])|\\bcontul\\s+(?:fiicei|fiului|soției|sotiei|soțului|sotului|fratelui|surorii)\\s+mele?\\b' +
      '|代理人[^，。！？]{0,8}账户|阿哥嘅(?:户口|戶口)|(?:妻名義の口座|家族名義の口座)|บัญชีพนักงาน',
    {
      anchors: [
        'cbu de mi',
        'na účet',
        'na ucet',
        'contul',
        '代理人',
        '阿哥嘅',
        '妻名義',
        '家族名義',
        'บัญชีพนักงาน',
      ],
    },
  ),
  cue(
    'paying directly, outside the order',
    '\\bva\\s+aparte\\s+del\\s+pedido\\b|\\bno\\s+lo\\s+metas\\s+(?:ahí|ahi|en\\s+el\\s+pedido|en\\s+alibaba)' +
      "|\\bnon\\s+(?:si\\s+)?(?:può|puo|possono)\\s+mettere\\s+nell'?ordine\\s+alibaba\\b|\\bnu\\s+mai\\s+trebuie\\s+prin\\s+alibaba\\b" +
      '|\\bcash\\s+la\\s+colegul\\b|\\bmarcam\\s+o\\s+pedido\\s+como\\s+pago\\b',
    {
      instruction: true,
      anchors: ['va aparte', 'no lo metas', 'mettere', 'nu mai trebuie', 'cash la colegul', 'como pago'],
    },
  ),
];
