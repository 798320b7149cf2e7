import { cue } from './cue';

/**
 * The account changed, in probe 71's wordings: Korean 신규 계좌 (a new account) and 기존 … 계좌는 해지 (the old account
 * closed), Cantonese 户口俾…冻结 (the account frozen by …), Japanese 法人口座が…使用できない (the company account can't be
 * used), Colombian "ya no está vigente", Portuguese "o IBAN … foi alterado", Czech "správný účet" and "číslo účtu …
 * chybné", Catalan "hem canviat de banc" and "el nou compte", Romanian "contul blocat", Spanish "cobramos a través de
 * la filial". Part of DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_FROM_ASIA_AND_PRINT = cue(
  'a changed receiving account',
  '신규\\s*계좌|기존\\s*(?:\\S+\\s*)?계좌(?:는|가)?\\s*해지|户口(?:俾|被)[^，。！？]{0,6}冻结|法人口座が(?:一時的に)?(?:使用|利用)できない' +
    '|\\bya\\s+no\\s+est[áa]\\s+vigente\\b|\\biban\\s+(?:\\S+\\s+){0,4}?foi\\s+alterado\\b' +
    '|(?<![\\p{L}])(?:správný|spravny)\\s+(?:účet|ucet)(?![\\p{L}])|(?<![\\p{L}])(?:číslo\\s+účtu|cislo\\s+uctu)\\s+(?:\\S+\\s+){0,4}?(?:je\\s+)?(?:chybné|chybne)(?![\\p{L}])' +
    '|\\bhem\\s+canviat\\s+de\\s+banc\\b|\\bel\\s+nou\\s+compte\\b|\\bcontul\\s+blocat\\b' +
    '|\\bcobramos\\s+a\\s+trav[ée]s\\s+de\\s+(?:la|nuestra)\\s+(?:filial|empresa\\s+hermana|sucursal)\\b',
  {
    instruction: true,
    anchors: [
      '신규',
      '기존',
      '户口',
      '法人口座',
      'vigente',
      'foi alterado',
      'správný',
      'spravny',
      'číslo účtu',
      'cislo uctu',
      'canviat de banc',
      'nou compte',
      'contul blocat',
      'cobramos',
    ],
  },
);
