import { cue } from './cue';

/**
 * The old account stopped or the details changed, as written in Latin letters for other scripts (Russian translit, pinyin)
 * and in Tagalog, Portuguese and Japanese: the words the fifty-fifth probe found. Part of DETAILS_CHANGE, through
 * OTHER_ACCOUNTS.
 */
export const CHANGES_IN_ROMANISED_WRITING = cue(
  'a changed receiving account',
  // Russian in Latin letters "nash staryy schet v bank of china zamorozhen" (our old account is frozen), "novye rekvizity" (new
  // bank details).
  '\\b(?:schet|schyot|shchet|rakhunok)\\s+(?:\\S+\\s+){0,5}?(?:zamorozhen|zablokirovan|zakryt|zabloko[vw]an)\\w*|\\bnov(?:ye|yye|ie)\\s+rekvizit\\w*' +
    // Pinyin "gongsi zhanghu zai shenhe" (the company account is being audited), "zhanghu bei dongjie" (the account is frozen),
    // "huan le xin zhanghu" (changed to a new account).
    '|\\bzhanghu\\s+(?:zai\\s+shenhe|bei\\s+dongjie|dongjie|bei\\s+fengle|bei\\s+feng)\\b|\\bxin\\s+(?:de\\s+)?zhanghu\\b' +
    // Tagalog "bago na po yung account namin" (our account is new now), "wag na po sa dating account" (not to the old account
    // any more).
    '|\\bbago\\s+na\\s+(?:po\\s+)?(?:yung|ang)\\s+(?:bank\\s+)?account\\b|\\bwag\\s+na\\s+(?:po\\s+)?(?:sa|dun\\s+sa)\\s+dating\\s+account\\b' +
    // Portuguese "a conta foi encerrada" (the account was closed), "não utilizar mais os dados bancários da fatura anterior".
    '|\\ba\\s+conta\\s+(?:\\S+\\s+){0,3}?foi\\s+(?:encerrada|bloqueada|cancelada|congelada)\\b|\\bn[ãa]o\\s+utiliz(?:ar|em?)\\s+mais\\s+os\\s+dados\\s+banc[áa]rios\\b' +
    // Japanese 振込先が変更になりました (the account to pay into has changed), 以前の口座には送金しないでください (don't send to the
    // earlier account).
    '|振込先(?:口座)?(?:が|を)?変更|(?:以前|旧|前)の口座(?:には|へは|に)?(?:送金|振込|振り込)[^。！？]{0,4}?(?:しないで|なさらないで)',
  {
    anchors: [
      'schet',
      'schyot',
      'shchet',
      'rakhunok',
      'rekvizit',
      'zhanghu',
      'bago na',
      'dating account',
      'a conta',
      'dados banc',
      '振込先',
      'の口座',
    ],
  },
);
