import { cue } from './cue';

/**
 * A changed receiving account in the wordings of probe 80: the company account "full" or with a tax problem, a move
 * to a Hong Kong company, a sister company that now collects, in English, Spanish, Portuguese and French; and in probe 81's, a
 * sister company's account in Portuguese and Arabic, an old account closed in Arabic. Part of
 * DETAILS_CHANGE, through OTHER_ACCOUNTS.
 */
export const CHANGES_TO_SISTER_COMPANIES = cue(
  'a changed receiving account',
  // "company account full for this month", "company account has GST issue", "we move to HK company".
  '\\bcompany\\s+acc(?:ount|t)?\\s+(?:is\\s+)?(?:full|has\\s+(?:a\\s+|some\\s+)?(?:\\S+\\s+)?(?:issue|problem))\\b' +
    '|\\b(?:we\\s+move\\s+to|we\\s+moved\\s+to|we\\s+change\\s+to|we\\s+changed\\s+to)\\s+(?:our\\s+)?(?:hk|hong\\s+kong|dubai|singapore|\\S+)\\s+company\\b' +
    // Spanish "nuestra empresa hermana en Hong Kong ahora cobra las exportaciones"; Portuguese "agora nossa empresa irmã
    // em Hong Kong recebe os pagamentos"; French "le compte bénéficiaire est maintenant notre société à Hong Kong".
    '|\\bempresa\\s+(?:hermana|irm[ãa])(?![\\p{L}])[^.!?]{0,40}?\\b(?:ahora|agora)\\s+(?:cobra|recibe|recebe)\\b' +
    '|\\b(?:ahora|agora)\\s+(?:nuestra|nossa)\\s+empresa\\s+(?:hermana|irm[ãa])(?![\\p{L}])[^.!?]{0,40}?\\b(?:cobra|recibe|recebe)\\b' +
    '|\\bcompte\\s+(?:b[ée]n[ée]ficiaire\\s+)?(?:est|sera)\\s+(?:maintenant|d[ée]sormais)\\s+(?:notre|celui\\s+de\\s+notre)\\s+(?:soci[ée]t[ée]|filiale)(?![\\p{L}])' +
    // Probe 81: Portuguese "desta vez precisamos de TT direto, conta da empresa irmã"; Arabic "حسابنا القديم مقفول، ادفع على
    // حساب الشركة الشقيقة" (our old account is closed, pay to the sister company's account).
    '|\\bconta\\s+(?:da|de\\s+uma|da\\s+nossa)\\s+empresa\\s+irm[ãa](?![\\p{L}])' +
    '|(?<![\\p{L}])(?:ادفع|ادفعوا|ادفعي|حول|حولوا|حولي)\\s+(?:\\S+\\s+){0,2}?حساب\\s+(?:ال)?شركة\\s+(?:ال)?شقيقة(?![\\p{L}])|(?<![\\p{L}])حساب(?:نا)?\\s+(?:ال)?قديم\\s+(?:مقفول|مغلق|موقوف|مسكر|مجمد)(?![\\p{L}])',
  {
    anchors: [
      'company acc',
      'we move to',
      'we moved to',
      'we change to',
      'we changed to',
      'hermana',
      'irmã',
      'irma',
      'maintenant',
      'désormais',
      'desormais',
      'شقيقة',
      'قديم',
    ],
  },
);
