import { cue, type Cue } from './cue';

/**
 * Paying straight to an account, a personal one, or in cash to skip the order, as written in Latin letters for other
 * scripts (pinyin, romanised Thai, Hinglish) and in Hausa: the words the fifty-fifth probe found. Part of
 * MORE_DIRECT_TRANSFERS.
 */
export const DIRECT_TRANSFERS_ROMANISED: readonly Cue[] = [
  cue(
    'a personal account',
    // Pinyin "da dao caiwu geren zhanghu" (pay into the finance person's personal account); romanised Thai "khao banchee
    // Kasikorn suan tua khong chan" (into my own Kasikorn account); Hausa "ta asusun banki na kaina" (by my own bank account).
    '\\bgeren\\s+(?:de\\s+)?zhanghu\\b|\\bbanchee\\s+(?:\\S+\\s+)?suan\\s+tua\\b|\\basusun\\s+(?:banki\\s+)?na\\s+kaina\\b',
    { anchors: ['geren', 'suan tua', 'kaina'] },
  ),
  cue(
    'paying directly, outside the order',
    // Pinyin "qing da dao xianggang zhanghu" (please pay into the Hong Kong account); Hinglish "warna cash mein sasta padega"
    // (otherwise cash comes cheaper).
    '\\bda\\s+dao\\s+(?!alibaba|pingtai|xinbao)(?:\\S+\\s+){0,2}?zhanghu\\b|\\bcash\\s+(?:mein|me|mai)\\s+(?:sasta|saste)\\b',
    { anchors: ['zhanghu', 'sasta', 'saste'] },
  ),
];
