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

/**
 * Probe 82's sister companies and audited accounts: German "Zahlung diesmal an unsere Schwesterfirma in Hongkong",
 * Turkish "ödemeyi Hong Kong'daki kardeş şirketimiz … alacak", Indonesian "pembayaran kali ini ke perusahaan saudara
 * kami", Vietnamese "công ty chị em ở Hồng Kông sẽ nhận tiền", Polish "płatność … przyjmuje nasza spółka siostrzana",
 * Japanese "お支払いは香港の姉妹会社…が受け取ります", Hindi "कंपनी अकाउंट अभी ऑडिट में है".
 */
export const SISTER_COMPANIES_IN_MORE_LANGUAGES = cue(
  'a changed receiving account',
  '(?<![\\p{L}])(?:zahlung|überweisung|zahlen\\s+sie|überweisen\\s+sie)(?![\\p{L}])[^.!?]{0,30}?(?<![\\p{L}])(?:an|auf)\\s+(?:das\\s+konto\\s+)?(?:unsere|unserer|die)\\s+(?:schwester|tochter)(?:firma|gesellschaft|unternehmen)(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:ödemeyi|odemeyi)\\s+(?:\\S+\\s+){0,4}?(?:kardeş|kardes)\\s+[şs]irket\\p{L}*' +
    '|(?<![\\p{L}])(?:pembayaran|transfer|bayar)\\s+(?:\\S+\\s+){0,4}?ke\\s+(?:rekening\\s+)?perusahaan\\s+(?:saudara|afiliasi|grup)\\s+kami(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:công\\s+ty|cong\\s+ty)\\s+(?:chị\\s+em|chi\\s+em|anh\\s+em|con)\\s+(?:\\S+\\s+){0,4}?(?:sẽ\\s+|se\\s+)?(?:nhận|nhan|thu)\\s+(?:tiền|tien|thanh\\s+toán|thanh\\s+toan)(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:p[łl]atno[śs][ćc]|p[łl]atno[śs]ci|przelew\\p{L}*)\\s+(?:\\S+\\s+){0,4}?(?:przyjmuje|otrzymuje|odbiera)\\s+(?:nasza\\s+)?(?:spółka|społka|spolka)\\s+(?:siostrzana|zale[żz]na)(?![\\p{L}])' +
    '|(?:支払い|送金|振込)[^。！？]{0,12}?(?:姉妹会社|関連会社|子会社|グループ会社)[^。！？]{0,30}?(?:受け取り|受取|口座)' +
    '|(?<![\\p{L}\\p{M}])(?:अकाउंट|खाता)\\s+(?:अभी\\s+)?ऑडिट\\s+में(?![\\p{L}\\p{M}])|(?<![\\p{L}])account\\s+(?:abhi\\s+)?(?:audit\\s+me|audit\\s+mein|audit\\s+main)(?![\\p{L}])',
  {
    anchors: [
      'schwester',
      'tochter',
      'kardeş',
      'kardes',
      'perusahaan',
      'công ty',
      'cong ty',
      'spółka',
      'społka',
      'spolka',
      '姉妹会社',
      '関連会社',
      '子会社',
      'グループ会社',
      'ऑडिट',
      'audit me',
      'audit main',
    ],
  },
);
